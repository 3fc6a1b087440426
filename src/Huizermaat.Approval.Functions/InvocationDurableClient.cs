using Microsoft.DurableTask.Client;

namespace Huizermaat.Approval.Functions;

/// <summary>
/// The Durable client the Functions host bound to the current invocation (scoped: one per invocation), which the
/// invocation's services resolve as <see cref="DurableTaskClient"/>. The isolated worker offers the client only
/// as a binding, never from the service container.
/// </summary>
public sealed class InvocationDurableClient
{
    private DurableTaskClient? client;

    public DurableTaskClient Client => client
        ?? throw new InvalidOperationException("This invocation has no Durable client: give its function a [DurableClient] DurableTaskClient parameter and reach the handler through Invocation.Handler.");

    public void Use(DurableTaskClient bound) => client = bound ?? throw new ArgumentNullException(nameof(bound));
}
