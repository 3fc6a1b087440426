using Microsoft.DurableTask;

namespace Huizermaat.Approval.Functions;

/// <summary>The activity context a Durable Functions activity trigger stands for (what the Durable source generator would write).</summary>
internal sealed class FunctionActivityContext(TaskName name, string instanceId) : TaskActivityContext
{
    public override TaskName Name { get; } = name;

    public override string InstanceId { get; } = instanceId;
}
