using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ReviewTimelines.Web.Tests.Endpoints;

/// <summary>An ASP.NET Core app that mounts <see cref="ReviewTimelinesEndpoints.MapReviewTimelines"/>, hosted in memory by
/// Microsoft.AspNetCore.Mvc.Testing's <see cref="WebApplicationFactory{TEntryPoint}"/>.</summary>
public sealed class TimetableAppFactory : WebApplicationFactory<TimetableAppFactory>
{
    private readonly ITimetableSource source;
    private readonly ReviewTimelinesWebOptions options;
    private readonly string prefix;

    internal TimetableAppFactory(ITimetableSource source, ReviewTimelinesWebOptions options, string prefix = "")
    {
        this.source = source;
        this.options = options;
        this.prefix = prefix;
    }

    protected override IHostBuilder CreateHostBuilder() =>
        Host.CreateDefaultBuilder()
            .ConfigureWebHostDefaults(web => web
                .UseContentRoot(AppContext.BaseDirectory)
                .ConfigureServices(services => services.AddRouting())
                .Configure(app =>
                {
                    app.UseRouting();
                    app.UseEndpoints(endpoints =>
                    {
                        if (prefix.Length == 0)
                        {
                            endpoints.MapReviewTimelines(source, options);
                        }
                        else
                        {
                            endpoints.MapGroup(prefix).MapReviewTimelines(source, options);
                        }
                    });
                }));

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseContentRoot(AppContext.BaseDirectory);
}
