using System.Text;
using Spectre.Console;

namespace PlanAct.Console.Cli;

/// <summary>A TextWriter over an <see cref="IAnsiConsole"/>, so help and parse errors go where the rest of the output goes.</summary>
internal sealed class SpectreTextWriter(IAnsiConsole console) : TextWriter
{
    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => console.Write(new Text(value.ToString()));

    public override void Write(string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            console.Write(new Text(value));
        }
    }

    public override void WriteLine(string? value)
    {
        Write(value);
        console.WriteLine();
    }

    public override void WriteLine() => console.WriteLine();
}
