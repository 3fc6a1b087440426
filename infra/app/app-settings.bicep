// The Function App's app settings, as one function of its inputs: function.bicep gives the app exactly this, and
// the deployment rehearsal (tests/Huizermaat.Approval.Functions.Tests) evaluates the same function with
// `bicep build-params` and starts the Functions app's own host with the result. Every setting the app reads
// without a safe production default is here; the app refuses to start (naming them) when one is missing.

@export()
@description('The app settings of the Function App.')
func appSettings(
  storageAccountName string,
  identityClientId string,
  applicationInsightsConnectionString string,
  keyVaultName string,
  vaultReferencedSettings { *: string },
  publicBaseUrl string,
  mailFromEmail string,
  mailFromName string
) { *: string } => union(
  toObject(
    items(vaultReferencedSettings),
    setting => setting.key,
    setting => '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${setting.value})'
  ),
  {
    // AzureWebJobsStorage through the managed identity (host, Durable task hub, triggers, and the app's own tables
    // and blobs: src/Huizermaat.Approval.Hosting reads the same settings).
    AzureWebJobsStorage__accountName: storageAccountName
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identityClientId
    // Application Insights with Entra authentication (its local auth is disabled).
    APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
    // For the app's own Azure SDK clients (DefaultAzureCredential / ManagedIdentityCredential).
    AZURE_CLIENT_ID: identityClientId
    // App Service Authentication signs in with the identity's federated credential instead of a client secret
    // (app/auth.bicep names this setting as its clientSecretSettingName).
    OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID: identityClientId
    // The Functions host refuses request bodies above 100 MB by default; a video upload may be 200 MB
    // (Media:MaxVideoBytes) plus the form's envelope. The upload handler enforces each kind's own limit.
    FUNCTIONS_REQUEST_BODY_SIZE_LIMIT: '${(200 + 1) * 1024 * 1024}'
    // Sign-in: trust the principal App Service Authentication injects (only behind it: the app checks
    // WEBSITE_AUTH_ENABLED at start).
    Auth__Mode: 'EasyAuth'
    // Where the links in mails point: the app's own https address (or the school's custom domain).
    Workflow__PublicBaseUrl: publicBaseUrl
    // The verified sender in SendGrid.
    SendGrid__FromEmail: mailFromEmail
    SendGrid__FromName: mailFromName
  }
)
