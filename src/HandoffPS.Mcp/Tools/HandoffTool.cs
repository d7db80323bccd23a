using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using HandoffPS.Core.Model;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace HandoffPS.Mcp.Tools;

/// <summary>
/// What every HandoffPS tool shares: a name, a one-line description and a small hand-written input schema (tool
/// schemas are read by the model on every session: they cost tokens), the arguments checked against that schema,
/// and every failure turned into a tool error with an id, so that a bad call never takes the server down.
/// </summary>
/// <remarks>
/// Core failures keep the id and message the cmdlets give (<see cref="HandoffException"/>); arguments the schema
/// does not allow are <c>InvalidArgument</c>; anything unexpected is <c>UnexpectedError</c>, logged to standard
/// error. A tool runs on the thread pool, so that calls from one client run side by side.
/// </remarks>
internal abstract class HandoffTool : McpServerTool
{
    /// <summary>The error id of a call whose arguments the tool's schema does not allow.</summary>
    public const string InvalidArgument = "InvalidArgument";

    /// <summary>The error id of a failure no core check foresaw (logged to standard error with its details).</summary>
    public const string UnexpectedError = "UnexpectedError";

    private readonly ToolSchema _schema;

    protected HandoffTool(ServedProject project, string name, string description, string inputSchema, bool readOnly)
    {
        Project = project;
        _schema = ToolSchema.Parse(inputSchema);
        ProtocolTool = new Tool
        {
            Name = name,
            Description = description,
            InputSchema = _schema.Element,
            Annotations = readOnly ? new ToolAnnotations { ReadOnlyHint = true } : new ToolAnnotations { DestructiveHint = false },
        };
    }

    public override Tool ProtocolTool { get; }

    public override IReadOnlyList<object> Metadata { get; } = Array.Empty<object>();

    protected ServedProject Project { get; }

    public override async ValueTask<CallToolResult> InvokeAsync(RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        string name = ProtocolTool.Name;
        Project.Log.LogDebug("{Tool} called", name);
        try
        {
            ToolArguments arguments = ToolArguments.Parse(name, _schema, request.Params?.Arguments);
            return await Task.Run(() => Call(arguments), cancellationToken).ConfigureAwait(false);
        }
        catch (ToolArgumentException ex)
        {
            Project.Log.LogDebug("{Tool}: {ErrorId}: {Message}", name, InvalidArgument, ex.Message);
            return ToolResults.Error(InvalidArgument, ex.Message);
        }
        catch (HandoffException ex)
        {
            Project.Log.LogDebug("{Tool}: {ErrorId}: {Message}", name, ex.ErrorId, ex.Message);
            return ToolResults.Error(ex);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            Project.Log.LogError(ex, "{Tool} failed", name);
            return ToolResults.Error(UnexpectedError, $"{name} failed: {ex.Message}");
        }
    }

    /// <summary>Runs the tool on checked arguments. Core failures are thrown as <see cref="HandoffException"/>.</summary>
    protected abstract CallToolResult Call(ToolArguments arguments);
}
