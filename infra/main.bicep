// Huizermaat Approval on Azure: what `azd up` provisions (azd conventions: subscription scope, one
// resource group per environment, names from a token unique to subscription + environment + region).
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; used in the resource group name and for the unique resource token.')
param environmentName string

@minLength(1)
@description('Azure region of every resource. It must offer Flex Consumption (e.g. westeurope, northeurope, swedencentral).')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Application (client) id of the Microsoft Entra app registration staff sign in with (azd env set AZURE_AUTH_CLIENT_ID ...).')
@minLength(1)
param authClientId string

@description('Tenant of that app registration; defaults to the tenant being deployed to.')
param authTenantId string = tenant().tenantId

@description('App setting that holds the sign-in credential: OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID (the managed identity as a federated credential, no secret) or MICROSOFT_PROVIDER_AUTHENTICATION_SECRET (a client secret, put into vaultReferencedSettings).')
@allowed([
  'OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID'
  'MICROSOFT_PROVIDER_AUTHENTICATION_SECRET'
])
param authCredentialSettingName string = 'OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID'

@description('Object id of the person deploying: may set Key Vault secrets. azd fills it in; empty: nobody.')
param principalId string = ''

@description('Memory of each Function App instance, in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@description('Maximum number of instances the Function App scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Always-ready instances for the durable group: 1 keeps approvals and timers prompt, 0 saves its baseline cost.')
@minValue(0)
@maxValue(10)
param durableAlwaysReadyInstances int = 1

@description('Paths reachable without signing in: the health probe, the approval-link pages and their thumbnails (the capability token is the authentication), static assets, and SendGrid\'s event webhook (its ECDSA signature is the authentication). The app never resolves a user on these paths; it keeps the same list (AnonymousPaths.cs, checked by a test).')
param anonymousPaths string[] = [
  '/api/health'
  '/link/*'
  '/assets/*'
  '/api/mail/events'
]

@description('The verified sender address of every mail (azd env set SENDGRID_FROM_EMAIL communicatie@school.nl).')
@minLength(3)
param mailFromEmail string

@description('The sender\'s name in mails.')
param mailFromName string = 'Huizermaat'

@description('The school\'s own host name for the app, if it maps one (a CNAME and a certificate on the Function App): links in mails then use it. Empty: the app\'s default host name.')
param customDomain string = ''


@description('App settings read from Key Vault secrets: setting name -> secret name. Add the networks\' credentials here.')
param vaultReferencedSettings { *: string } = {
  SendGrid__ApiKey: 'sendgrid-api-key'
  SendGrid__WebhookVerificationKey: 'sendgrid-webhook-verification-key'
}

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var functionAppName = '${abbrs.webSitesFunctions}huizermaat-${resourceToken}'
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}-${take(toLower(uniqueString(functionAppName, resourceToken)), 7)}'

resource resourceGroup 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  name: 'identity'
  scope: resourceGroup
  params: {
    name: '${abbrs.managedIdentityUserAssignedIdentities}huizermaat-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'app/storage.bicep' = {
  name: 'storage'
  scope: resourceGroup
  params: {
    name: '${abbrs.storageStorageAccounts}${resourceToken}'
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
    appPrincipalId: identity.outputs.principalId
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  scope: resourceGroup
  params: {
    logAnalyticsName: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
    applicationInsightsName: '${abbrs.insightsComponents}${resourceToken}'
    location: location
    tags: tags
    appPrincipalId: identity.outputs.principalId
  }
}

module keyVault 'app/keyvault.bicep' = {
  name: 'keyvault'
  scope: resourceGroup
  params: {
    name: '${abbrs.keyVaultVaults}${resourceToken}'
    location: location
    tags: tags
    appPrincipalId: identity.outputs.principalId
    operatorPrincipalId: principalId
  }
}

module function 'app/function.bicep' = {
  name: 'function'
  scope: resourceGroup
  params: {
    name: functionAppName
    planName: '${abbrs.webServerFarms}${resourceToken}'
    location: location
    tags: tags
    serviceName: 'app'
    identityId: identity.outputs.resourceId
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    keyVaultName: keyVault.outputs.name
    vaultReferencedSettings: vaultReferencedSettings
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    durableAlwaysReadyInstances: durableAlwaysReadyInstances
    customDomain: customDomain
    mailFromEmail: mailFromEmail
    mailFromName: mailFromName
  }
}

module auth 'app/auth.bicep' = {
  name: 'auth'
  scope: resourceGroup
  params: {
    appName: function.outputs.name
    clientId: authClientId
    tenantId: authTenantId
    credentialSettingName: authCredentialSettingName
    anonymousPaths: anonymousPaths
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = resourceGroup.name
output AZURE_FUNCTION_NAME string = function.outputs.name
output SERVICE_APP_NAME string = function.outputs.name
output SERVICE_APP_URI string = empty(customDomain) ? 'https://${function.outputs.defaultHostName}' : 'https://${customDomain}'
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_KEY_VAULT_ENDPOINT string = keyVault.outputs.uri
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_MANAGED_IDENTITY_PRINCIPAL_ID string = identity.outputs.principalId
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
