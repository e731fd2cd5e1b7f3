namespace CommunityStation.Web;

/// <summary>
/// Marker for the portal's one resource set. Keys are the Simplified Chinese texts (the default UI
/// language); <c>Resources/SharedResource.en.resx</c> holds their English.
/// </summary>
#pragma warning disable CA1052 // a marker type for IStringLocalizer<T>, never instantiated
public sealed class SharedResource
{
    private SharedResource()
    {
    }
}
#pragma warning restore CA1052
