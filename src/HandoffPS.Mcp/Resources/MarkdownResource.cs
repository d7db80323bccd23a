using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using HandoffPS.Core.Model;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace HandoffPS.Mcp.Resources;

/// <summary>
/// A fixed-URI resource whose content is Markdown (<c>text/markdown</c>), read anew on every request. A core failure
/// is a resource error with the same id and message as the cmdlets.
/// </summary>
internal abstract class MarkdownResource : McpServerResource
{
    public const string MimeType = "text/markdown";

    protected MarkdownResource(ServedProject project, string uri, string name, string description)
    {
        Project = project;
        ProtocolResourceTemplate = new ResourceTemplate { UriTemplate = uri, Name = name, Description = description, MimeType = MimeType };
    }

    public override ResourceTemplate ProtocolResourceTemplate { get; }

    public override IReadOnlyList<object> Metadata { get; } = Array.Empty<object>();

    protected ServedProject Project { get; }

    public override bool IsMatch(string uri) => string.Equals(uri, ProtocolResourceTemplate.UriTemplate, StringComparison.Ordinal);

    public override async ValueTask<ReadResourceResult> ReadAsync(RequestContext<ReadResourceRequestParams> request, CancellationToken cancellationToken = default)
    {
        string uri = ProtocolResourceTemplate.UriTemplate;
        string text;
        try
        {
            text = await Task.Run(Read, cancellationToken).ConfigureAwait(false);
        }
        catch (HandoffException ex)
        {
            throw new McpException($"{ex.ErrorId}: {ex.Message}", ex);
        }

        return new ReadResourceResult
        {
            Contents = new List<ResourceContents> { new TextResourceContents { Uri = uri, MimeType = MimeType, Text = text } },
        };
    }

    /// <summary>The Markdown of the resource now.</summary>
    protected abstract string Read();
}
