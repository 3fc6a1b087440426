namespace Huizermaat.Approval.Functions.Tests;

/// <summary>A function's trigger as <c>functions.metadata</c> declares it.</summary>
/// <param name="FunctionName">The function's name (for orchestrations and activities, the task name).</param>
/// <param name="Kind">The binding type, one of <see cref="TriggerKinds"/>.</param>
/// <param name="Route">HTTP only: the route template, relative to the (empty) route prefix.</param>
/// <param name="Methods">HTTP only: the methods, as declared (lower case).</param>
/// <param name="AuthLevel">HTTP only: the Functions authorization level.</param>
public sealed record FunctionTrigger(string FunctionName, string Kind, string? Route, IReadOnlyList<string> Methods, string? AuthLevel);
