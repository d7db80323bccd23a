using System;
using System.IO;
using Microsoft.Extensions.Logging;

namespace HandoffPS.Mcp;

/// <summary>
/// A logger factory that writes one line per entry to a text writer (standard error): the server's only log, since
/// standard output carries the protocol. Small on purpose: no configuration, no background thread.
/// </summary>
internal sealed class StderrLoggerFactory : ILoggerFactory
{
    private readonly TextWriter _writer;
    private readonly LogLevel _minimum;
    private readonly object _gate = new();

    public StderrLoggerFactory(TextWriter writer, LogLevel minimum)
    {
        _writer = writer;
        _minimum = minimum;
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void AddProvider(ILoggerProvider provider)
    {
        // One destination only.
    }

    public void Dispose()
    {
    }

    private void Write(LogLevel level, string category, string message, Exception? exception)
    {
        string line = $"handoff mcp: {Level(level)}: {message}" + (exception is null ? string.Empty : $" ({exception.GetType().Name}: {exception.Message})");
        if (_minimum <= LogLevel.Debug)
        {
            line += $" [{category}]";
        }

        lock (_gate)
        {
            _writer.WriteLine(line);
            _writer.Flush();
        }
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trace",
        LogLevel.Debug => "debug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warning",
        LogLevel.Error => "error",
        _ => "critical",
    };

    private sealed class Logger : ILogger
    {
        private readonly StderrLoggerFactory _factory;
        private readonly string _category;

        public Logger(StderrLoggerFactory factory, string category)
        {
            _factory = factory;
            _category = category;
        }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && logLevel >= _factory._minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                _factory.Write(logLevel, _category, formatter(state, exception), exception);
            }
        }
    }
}
