namespace Huizermaat.Approval.Faces;

/// <summary>What the author said about one detected face.</summary>
public enum FaceResolution
{
    /// <summary>Nothing yet: the face may be anyone.</summary>
    Unresolved,

    /// <summary>One of the people named for the item (<see cref="MediaFace.PersonId"/>), who is asked for consent.</summary>
    Person,

    /// <summary>"vervagen": what is published, and what approvers and parents see, has this face blurred.</summary>
    Blur,

    /// <summary>"geen herkenbaar gezicht": not a face, or nobody could be recognised by it (recorded, and shown to the approvers).</summary>
    Unrecognisable,
}
