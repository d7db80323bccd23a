using HandoffPS.Core.Markdown;
namespace HandoffPS.Core.Tests;

internal static class HeaderFieldsFacade
{
    public static bool IsFieldHeading(string heading) => HeaderFields.IsFieldHeading(heading);
}
