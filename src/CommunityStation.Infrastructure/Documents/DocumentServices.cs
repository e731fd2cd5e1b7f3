using CommunityStation.Domain.Registration;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityStation.Infrastructure.Documents;

public static class DocumentServices
{
    /// <summary>Registers the R4 document inspector (PDF parser, image re-encoder).</summary>
    public static IServiceCollection AddDocumentInspection(this IServiceCollection services) =>
        services.AddSingleton<IDocumentInspector, DocumentInspector>();
}
