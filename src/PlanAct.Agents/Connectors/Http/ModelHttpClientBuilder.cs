using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using PlanAct.Agents.Configuration;
using Polly;
using Polly.Timeout;

namespace PlanAct.Agents.Connectors.Http;

/// <summary>
/// Builds the one <see cref="HttpClient"/> of an endpoint. Handlers, outermost first: error translation → retry and
/// timeouts (the only retry layer) → response inspection → headers → debug logging → sockets.
/// </summary>
internal static partial class ModelHttpClientBuilder
{
    public static HttpClient Build(EndpointTarget target, PlanActOptions options, SecretRedactor redactor, ILoggerFactory loggerFactory)
    {
        var logger = loggerFactory.CreateLogger("PlanAct.Connectors.Http");
        HttpMessageHandler handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.All,
        };
        if (options.Debug)
        {
            handler = new DebugLoggingHandler(logger, redactor, options.DebugBodyLimit) { InnerHandler = handler };
        }

        handler = new RequestHeadersHandler(target) { InnerHandler = handler };
        handler = new ResponseInspectionHandler(target, redactor) { InnerHandler = handler };
        handler = new ResilienceHandler(BuildPipeline(target, options.Retry, logger, redactor)) { InnerHandler = handler };
        handler = new ErrorTranslationHandler(target, redactor) { InnerHandler = handler };
        return new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    internal static ResiliencePipeline<HttpResponseMessage> BuildPipeline(EndpointTarget target, RetryOptions retry, ILogger logger, SecretRedactor redactor)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddTimeout(new TimeoutStrategyOptions { Timeout = target.Options.TotalTimeout });
        if (retry.MaxRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = retry.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = retry.UseJitter,
                Delay = retry.BaseDelay,
                MaxDelay = retry.MaxDelay,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(ErrorTranslationHandler.IsRetryable(args.Outcome)),
                OnRetry = args =>
                {
                    var reason = args.Outcome.Exception is { } e ? e.GetType().Name + ": " + e.Message
                        : "HTTP " + (int)args.Outcome.Result!.StatusCode;
                    LogRetry(logger, target.Label, args.AttemptNumber + 1, retry.MaxRetries, args.RetryDelay.TotalMilliseconds, redactor.Redact(reason));
                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder
            .AddTimeout(new TimeoutStrategyOptions { Timeout = target.Options.Timeout })
            .Build();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Target}: retry {Attempt} of {Max} in {DelayMs:F0} ms after {Reason}")]
    private static partial void LogRetry(ILogger logger, string target, int attempt, int max, double delayMs, string reason);
}
