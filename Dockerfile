# The portal's image. Tags are pinned (the SDK and runtime this repository is built and tested with).
FROM mcr.microsoft.com/dotnet/sdk:10.0.401 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/CommunityStation.Web/CommunityStation.Web.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0.12
WORKDIR /app
COPY --from=build /app .
USER app
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
# The aspnet image has neither curl nor wget: the portal answers its own health check.
HEALTHCHECK --interval=10s --timeout=6s --start-period=30s --retries=3 CMD ["dotnet", "CommunityStation.Web.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "CommunityStation.Web.dll"]
