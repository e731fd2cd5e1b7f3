using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CommunityStation.Web.Infrastructure.Operations;

/// <summary>
/// OpenTelemetry traces and metrics for ASP.NET Core, HttpClient and Npgsql, exported over OTLP when an endpoint is
/// configured (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, or <c>OpenTelemetry:OtlpEndpoint</c>) and not set up at all
/// otherwise. The other standard <c>OTEL_*</c> variables (protocol, headers, service name) apply as usual. See ADR 0010.
/// </summary>
public static class Telemetry
{
    public const string ServiceName = "communitystation";

    public static IServiceCollection AddPortalTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var standard = configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var configured = configuration["OpenTelemetry:OtlpEndpoint"];
        if (string.IsNullOrWhiteSpace(standard) && string.IsNullOrWhiteSpace(configured))
        {
            return services;
        }

        var endpoint = standard ?? configured;
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var otlp))
        {
            throw new InvalidOperationException($"The OTLP endpoint '{endpoint}' is not an absolute URL (OTEL_EXPORTER_OTLP_ENDPOINT or OpenTelemetry:OtlpEndpoint).");
        }

        var builder = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(configuration["OTEL_SERVICE_NAME"] ?? ServiceName, serviceInstanceId: $"{Environment.MachineName}:{Environment.ProcessId}"))
            .WithTracing(t => t.AddAspNetCoreInstrumentation(o => o.Filter = c => !c.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
                .AddHttpClientInstrumentation()
                .AddNpgsql())
            .WithMetrics(m => m.AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter("Npgsql"));

        // The standard variables (endpoint, OTEL_EXPORTER_OTLP_PROTOCOL, headers) are read by the exporter itself;
        // the appsettings key names the endpoint, with OpenTelemetry:Protocol "grpc" (default) or "http/protobuf".
        if (!string.IsNullOrWhiteSpace(standard))
        {
            builder.UseOtlpExporter();
        }
        else
        {
            var protocol = string.Equals(configuration["OpenTelemetry:Protocol"], "http/protobuf", StringComparison.OrdinalIgnoreCase)
                ? OpenTelemetry.Exporter.OtlpExportProtocol.HttpProtobuf
                : OpenTelemetry.Exporter.OtlpExportProtocol.Grpc;
            builder.UseOtlpExporter(protocol, otlp);
        }

        return services;
    }
}
