namespace PlanAct.DemoSite;

/// <summary>Options for <see cref="DemoSiteServer.StartAsync(DemoSiteOptions?, CancellationToken)"/>.</summary>
public sealed class DemoSiteOptions
{
    /// <summary>Configuration section name these options bind from.</summary>
    public const string SectionName = "PlanAct:DemoSite";

    /// <summary>TCP port on 127.0.0.1; 0 (the default) picks a free port.</summary>
    public int Port { get; set; }

    /// <summary>Clock for timestamps on new posts, comments and orders; the system clock by default.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>Throws <see cref="ArgumentException"/> naming the bad value when the options are invalid.</summary>
    public void Validate()
    {
        if (Port is < 0 or > 65535)
        {
            throw new ArgumentException($"{SectionName}:Port is {Port}; use 0 (any free port) or a port from 1 to 65535.", nameof(Port));
        }

        ArgumentNullException.ThrowIfNull(Clock, nameof(Clock));
    }
}
