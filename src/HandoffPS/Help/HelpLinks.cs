namespace HandoffPS.Help;

/// <summary>
/// The online help of each cmdlet (its HelpUri, which <c>Get-Help -Online</c> opens): the README section that shows it
/// at work. The Pester suite checks that each one starts with the manifest's ProjectUri and names a heading of the
/// README.
/// </summary>
internal static class HelpLinks
{
    private const string Readme = "https://github.com/HandoffPS/HandoffPS/blob/main/README.md";

    public const string Writing = Readme + "#writing-a-handoff";
    public const string Reading = Readme + "#reading-handoffs";
    public const string Status = Readme + "#is-a-handoff-due";
    public const string Series = Readme + "#blockers-and-plan-versus-done";
    public const string Lint = Readme + "#hand-written-handoffs-lint-and-migrate";
    public const string Context = Readme + "#context-for-the-next-session";
    public const string Measure = Readme + "#how-big-is-a-handoff";
    public const string Index = Readme + "#the-handoff-index";
    public const string Hooks = Readme + "#use-with-claude-code";
}
