using Microsoft.Extensions.Configuration;
using NUnit.Framework;
using PlanAct.Plugins.Observation;

namespace PlanAct.Plugins.Tests.Observation;

public sealed class ObservationOptionsTests
{
    [Test]
    public void Binds_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Observation:Format"] = "Html",
            ["Observation:MaxTokens"] = "1920",
            ["Observation:ViewportOnly"] = "true",
            ["Observation:ViewportFocusTokens"] = "0",
        }).Build();
        var options = configuration.GetSection("Observation").Get<ObservationOptions>()!;
        options.Validate();
        Assert.That((options.Format, options.MaxTokens, options.ViewportOnly, options.ViewportFocusTokens), Is.EqualTo((ObservationFormat.Html, 1920, true, 0)));
    }

    [Test]
    public void Negative_budgets_are_rejected_by_name()
    {
        Assert.That(() => new ObservationOptions { MaxTokens = -1 }.Validate(), Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains("MaxTokens"));
        Assert.That(() => new ObservationOptions { ViewportFocusTokens = -5 }.Validate(), Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains("ViewportFocusTokens"));
        Assert.That(() => new ObservationOptions { Format = (ObservationFormat)42 }.Validate(), Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains("Format"));
    }
}
