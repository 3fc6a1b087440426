// The Function App on a Flex Consumption plan (FC1), .NET 10 isolated worker, running as the
// user-assigned identity. Storage, Application Insights and Key Vault are all reached with that identity:
// no connection string or key is set anywhere (an empty AzureWebJobsStorage would even override the
// identity settings, so none is set). The app settings are one function (app-settings.bicep).

@description('Name of the Function App.')
param name string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Azure region.')
param location string

@description('Tags for the plan and the app; the app also gets azd-service-name.')
param tags { *: string }

@description('The azure.yaml service this app deploys.')
param serviceName string

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of that identity.')
param identityClientId string

@description('Name of the storage account (AzureWebJobsStorage, Durable task hub, app data).')
param storageAccountName string

@description('URL of the blob container that holds the deployment package.')
param deploymentContainerUrl string

@description('Application Insights connection string (not a secret; sending is authorised by the identity).')
param applicationInsightsConnectionString string

@description('Name of the Key Vault holding the app\'s secrets.')
param keyVaultName string

@description('App settings filled from Key Vault secrets: setting name -> secret name.')
param vaultReferencedSettings { *: string }

@description('The school\'s own host name for the app (e.g. goedkeuring.huizermaat.nl), when it has one: links in mails use it. Empty: the app\'s default host name.')
param customDomain string

@description('The sender of every mail: an address SendGrid has verified.')
param mailFromEmail string

@description('The sender\'s name in mails.')
param mailFromName string

@description('Memory of each instance, in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int

@description('Maximum number of instances the app scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('Always-ready instances for the durable group (orchestrations, activities, entities). 0 to save cost, 1 for prompt timers and approvals.')
@minValue(0)
@maxValue(10)
param durableAlwaysReadyInstances int

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
        alwaysReady: durableAlwaysReadyInstances > 0 ? [
          {
            name: 'durable'
            instanceCount: durableAlwaysReadyInstances
          }
        ] : []
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

import { appSettings } from 'app-settings.bicep'

resource settings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: app
  name: 'appsettings'
  properties: appSettings(
    storageAccountName,
    identityClientId,
    applicationInsightsConnectionString,
    keyVaultName,
    vaultReferencedSettings,
    empty(customDomain) ? 'https://${app.properties.defaultHostName}/' : 'https://${customDomain}/',
    mailFromEmail,
    mailFromName
  )
}

output name string = app.name
output defaultHostName string = app.properties.defaultHostName
