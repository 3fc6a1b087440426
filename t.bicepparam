using 'main.bicep'
import { settings } from 'lib.bicep'
param s = settings('x.azurewebsites.net', { A__B: 'a-b' })
