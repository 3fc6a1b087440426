using Microsoft.AspNetCore.Components;

namespace Huizermaat.Approval.Web.Rendering;

/// <summary>A page shown from one model: its handler builds the model, the page (a Razor component) only shows it.</summary>
public abstract class PageComponent<TModel> : ComponentBase
{
    [Parameter, EditorRequired] public TModel Model { get; set; } = default!;
}
