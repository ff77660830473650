using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PlanAct.Agents.Check;
using PlanAct.Agents.Configuration;
using PlanAct.Agents.Usage;

namespace PlanAct.Agents.Connectors;

/// <summary>Registers PlanAct's model connectors.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PlanActOptions"/> (bound from the <c>PlanAct</c> section, validated on start),
    /// <see cref="UsageTracker"/>, <see cref="IModelClientFactory"/> / <see cref="ModelClientFactory"/>,
    /// keyed <c>IChatClient</c>s (<c>"Planner"</c>, <c>"Executor"</c>) and <see cref="ConnectionChecker"/>.
    /// </summary>
    public static IServiceCollection AddPlanActConnectors(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<PlanActOptions>()
            .Configure(o => PlanActOptionsLoader.Bind(configuration, o))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PlanActOptions>, PlanActOptionsValidator>());
        services.TryAddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.TryAddSingleton<UsageTracker>();
        services.TryAddSingleton<ModelClientFactory>();
        services.TryAddSingleton<IModelClientFactory>(sp => sp.GetRequiredService<ModelClientFactory>());
        services.TryAddSingleton<ConnectionChecker>();
        foreach (var role in Enum.GetValues<ModelRole>())
        {
            services.TryAddKeyedSingleton<Microsoft.Extensions.AI.IChatClient>(role.ToString(), (sp, _) => sp.GetRequiredService<IModelClientFactory>().GetChatClient(role));
        }

        return services;
    }
}
