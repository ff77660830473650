using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PlanAct.Plugins.Browser;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers PlanAct's browser in a service collection.</summary>
public static class PlanActBrowserServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="BrowserOptions"/> from section <c>PlanAct:Browser</c>, validates them at start
    /// (<see cref="BrowserOptionsValidator"/>), and registers <see cref="BrowserLauncher"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration root (the section is read from it).</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddPlanActBrowser(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BrowserOptions>()
            .Bind(configuration.GetSection(BrowserOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BrowserOptions>, BrowserOptionsValidator>());
        services.TryAddSingleton<BrowserLauncher>();
        return services;
    }
}
