using Huizermaat.Approval.Web.Rendering;

namespace Huizermaat.Approval.Web.Drafts;

/// <summary>One draft's status page, with the form token of its revise and withdraw buttons.</summary>
public sealed record DraftPageModel(DraftView Draft, FormToken Form);

/// <summary>Mijn berichten: the author's drafts, newest first.</summary>
public sealed record MyDraftsModel(IReadOnlyList<MyDraftRow> Drafts);
