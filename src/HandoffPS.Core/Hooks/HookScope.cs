using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Hooks;

/// <summary>Which Claude Code settings file the hooks go into.</summary>
public enum HookScope
{
    /// <summary><c>.claude/settings.json</c> in the project: shared with everyone who clones it.</summary>
    Project,

    /// <summary><c>.claude/settings.local.json</c> in the project: this machine only (Claude Code keeps it out of git).</summary>
    Local,

    /// <summary>The user's <c>~/.claude/settings.json</c> (or <c>$CLAUDE_CONFIG_DIR/settings.json</c>): every project.</summary>
    User,
}
