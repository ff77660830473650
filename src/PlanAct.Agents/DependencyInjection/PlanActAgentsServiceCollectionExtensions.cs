using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PlanAct.Agents.Running;

namespace PlanAct.Agents.DependencyInjection;

/// <summary>Registers the Plan–Act agents.</summary>
public static class PlanActAgentsServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="AgentOptions"/> from <c>PlanAct:Agents</c> (validated at start), and registers a shared
    /// <see cref="CostLedger"/> and a <see cref="PlanActRunnerFactory"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration root.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddPlanActAgents(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AgentOptions>()
            .Bind(configuration.GetSection(AgentOptions.SectionName))
            .Validate(Validate)
            .ValidateOnStart();
        services.TryAddSingleton<CostLedger>();
        services.TryAddSingleton<PlanActRunnerFactory>();
        return services;
    }

    private static bool Validate(AgentOptions options)
    {
        try
        {
            options.Validate();
            return true;
        }
        catch (ArgumentException ex)
        {
            throw new OptionsValidationException(AgentOptions.SectionName, typeof(AgentOptions), [ex.Message]);
        }
    }
}
