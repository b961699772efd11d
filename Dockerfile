# Reader: build with the SDK, run on the ASP.NET Core runtime as the non-root app user.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /repo

# Restore as its own layer: it is redone only when the project or package files change.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Reader/Reader.csproj src/Reader/
RUN dotnet restore src/Reader/Reader.csproj

COPY src/ src/
COPY wwwroot/ wwwroot/
COPY content/ content/
RUN dotnet publish src/Reader/Reader.csproj --configuration Release --no-restore --output /app /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
COPY --from=build /app .
USER $APP_UID
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
ENTRYPOINT ["dotnet", "Reader.dll"]
