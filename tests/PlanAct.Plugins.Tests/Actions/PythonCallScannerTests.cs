using NUnit.Framework;
using PlanAct.Plugins.Actions.Parsing;

namespace PlanAct.Plugins.Tests.Actions;

public sealed class PythonCallScannerTests
{
    [Test]
    public void Scans_positional_and_keyword_arguments_of_each_kind()
    {
        var text = "f('a\\'b', 12, -3, 1.5, True, False, None, key=\"v\", other = bare words )";
        var call = PythonCallScanner.Scan(text, 0).Call;
        Assert.That(call, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(call!.Name, Is.EqualTo("f"));
            Assert.That(call.Positional.Select(p => p.Kind), Is.EqualTo(new[]
            {
                PythonValueKind.String, PythonValueKind.Integer, PythonValueKind.Integer, PythonValueKind.Float,
                PythonValueKind.Boolean, PythonValueKind.Boolean, PythonValueKind.None,
            }));
            Assert.That(call.Positional.Select(p => p.Text), Is.EqualTo(new[] { "a'b", "12", "-3", "1.5", "True", "False", "None" }));
            Assert.That(call.Keywords["KEY"].Text, Is.EqualTo("v"));
            Assert.That(call.Keywords["other"], Is.EqualTo(new PythonValue(PythonValueKind.Bare, "bare words")));
            Assert.That(call.End, Is.EqualTo(text.Length));
        }
    }

    [TestCase("f(r'a\\nb')", "a\\nb")]
    [TestCase("f('\\x41\\t\\u00e9')", "A\té")]
    [TestCase("f('unknown \\q escape')", "unknown \\q escape")]
    [TestCase("f('''it's''')", "it's")]
    [TestCase("f(\"a\" )", "a")]
    [TestCase("f(x=12 Main Street)", "12 Main Street")]
    [TestCase("f(x=True story)", "True story")]
    [TestCase("f(1 2)", "1 2")]
    public void Reads_first_argument_text(string text, string expected)
    {
        var call = PythonCallScanner.Scan(text, 0).Call;
        Assert.That(call, Is.Not.Null);
        Assert.That(call!.Argument(0, "x")!.Text, Is.EqualTo(expected));
    }

    [Test]
    public void Bare_values_split_only_before_known_keywords()
    {
        var call = PythonCallScanner.Scan("t(value=a, b=c, press_enter=True)", 0, ["value", "press_enter"]).Call!;
        Assert.That(call.Keywords["value"].Text, Is.EqualTo("a, b=c"));
        Assert.That(call.Keywords["press_enter"].Kind, Is.EqualTo(PythonValueKind.Boolean));
    }

    [Test]
    public void Stops_at_the_closing_parenthesis_and_reports_its_end()
    {
        var text = "xx f(1) trailing";
        var call = PythonCallScanner.Scan(text, 3).Call!;
        Assert.That(text[call.Start..call.End], Is.EqualTo("f(1)"));
    }

    [TestCase("f(", "missing \")\" to close f(")]
    [TestCase("f('abc", "unterminated string")]
    [TestCase("f(a=)", "missing value in a= of f(…)")]
    [TestCase("f 1", "expected \"(\" after f")]
    [TestCase("1f()", "expected a function name")]
    public void Reports_what_is_wrong(string text, string error)
    {
        var result = PythonCallScanner.Scan(text, 0);
        Assert.That(result.Call, Is.Null);
        Assert.That(result.Error, Does.Contain(error));
    }
}
