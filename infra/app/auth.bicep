// App Service Authentication ("Easy Auth") with Microsoft Entra ID: staff and operators sign in with their
// school account before any request reaches the app, except on the anonymous paths: the approval-link
// pages parents reach from e-mail (protected by their capability token alone), the static assets those
// pages use, and the health probe. The app reads the signed-in principal from X-MS-CLIENT-PRINCIPAL.

@description('Name of the Function App.')
param appName string

@description('Application (client) id of the Microsoft Entra app registration used for sign-in.')
@minLength(1)
param clientId string

@description('Tenant of the app registration (the school\'s tenant).')
param tenantId string

@description('App setting holding the sign-in credential (see main.bicep).')
param credentialSettingName string

@description('Paths reachable without sign-in. A trailing /* covers everything below that path.')
param anonymousPaths string[]

resource app 'Microsoft.Web/sites@2025-03-01' existing = {
  name: appName
}

resource authSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: app
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: true
      unauthenticatedClientAction: 'RedirectToLoginPage'
      redirectToProvider: 'azureactivedirectory'
      excludedPaths: anonymousPaths
    }
    httpSettings: {
      requireHttps: true
    }
    login: {
      tokenStore: {
        enabled: true
      }
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenantId}/v2.0'
          clientId: clientId
          // By default no client secret: OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID makes the app's managed identity
          // sign the assertion (a federated credential on the app registration trusts it); app/function.bicep
          // sets that setting to the identity's client id. See docs/deploying.md.
          clientSecretSettingName: credentialSettingName
        }
        validation: {
          allowedAudiences: [
            'api://${clientId}'
            clientId
          ]
        }
      }
    }
  }
}

