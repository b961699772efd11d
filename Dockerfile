# Reader: build with the SDK, run on the ASP.NET Core runtime as the non-root app user.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /repo

# The image's architecture (amd64, arm64; set by BuildKit and buildah), which the SDK accepts as `-a`: the app
# is published for it, so that ReadyToRun precompiles it and less is compiled at start (tests/load/README.md).
ARG TARGETARCH=amd64

# Restore as its own layer: it is redone only when the project or package files change.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Reader/Reader.csproj src/Reader/
RUN dotnet restore src/Reader/Reader.csproj -a "$TARGETARCH"

COPY src/ src/
COPY wwwroot/ wwwroot/
COPY content/ content/
# No apphost (the image starts `dotnet Reader.dll`) and no web.config (that is for IIS).
RUN dotnet publish src/Reader/Reader.csproj --configuration Release -a "$TARGETARCH" --self-contained false \
    --no-restore --output /app /p:UseAppHost=false /p:IsTransformWebConfigDisabled=true

# Broken content fails the image build: the published app checks the content it will serve.
RUN dotnet /app/Reader.dll check /app/content

# The runtime image holds the published app and its content only: no SDK, no sources, no tests. The files
# belong to root and the app runs as `app`, so it cannot change itself; it writes nothing (run it --read-only).
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
COPY --from=build /app .
USER $APP_UID
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
# The app probes itself: the runtime image has no curl or shell.
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 CMD ["dotnet", "Reader.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "Reader.dll"]
