using System;
using System.IO;
using System.Text;
using HandoffPS.Cli;

// UTF-8 out and in, whatever the console's code page: handoffs are UTF-8 files.
var utf8 = new UTF8Encoding(false);
var output = new StreamWriter(Console.OpenStandardOutput(), utf8) { AutoFlush = false, NewLine = "\n" };
var error = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true, NewLine = "\n" };
var input = new StreamReader(Console.OpenStandardInput(), utf8);
int code;
try
{
    code = CliApp.Run(args, new CliContext(output, error, input, Console.IsInputRedirected, Environment.CurrentDirectory));
}
finally
{
    output.Flush();
}

return code;
