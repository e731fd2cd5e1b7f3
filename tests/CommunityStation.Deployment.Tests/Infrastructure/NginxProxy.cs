using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace CommunityStation.Deployment.Tests.Infrastructure;

/// <summary>
/// nginx on loopback with the site the repository ships (<c>deploy/nginx/communitystation.conf</c>): only its
/// listen address and its upstream servers' ports are replaced. The access log records which instance answered.
/// </summary>
public sealed partial class NginxProxy : IAsyncDisposable
{
    private readonly ChildProcess _process;
    private readonly string _folder;

    private NginxProxy(int port, string folder, ChildProcess process)
    {
        Port = port;
        _folder = folder;
        _process = process;
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    /// <summary>nginx on PATH or in /usr/sbin; a clear failure (never a pass) when it is missing.</summary>
    public static string Executable()
    {
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/sbin").Append("/usr/local/sbin").Select(d => Path.Combine(d, "nginx"));
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("nginx is not installed: run `apt-get install nginx` (the deployment test puts it in front of two portal instances; it never passes without it).");
    }

    /// <summary>Starts nginx on <paramref name="port"/> in front of the instances on <paramref name="upstreams"/>.</summary>
    public static async Task<NginxProxy> StartAsync(int port, IReadOnlyList<int> upstreams)
    {
        var nginx = Executable();
        var folder = Directory.CreateTempSubdirectory("cs-nginx-").FullName;
        var temp = Path.Combine(folder, "temp");
        Directory.CreateDirectory(temp);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, (UnixFileMode)0x1FF); // workers (nobody, when started as root) write request bodies here
        }

        File.WriteAllText(Path.Combine(folder, "site.conf"), Site(File.ReadAllText(Path.Combine(TestPostgres.RepositoryRoot(), "deploy", "nginx", "communitystation.conf")), port, upstreams));
        File.WriteAllText(Path.Combine(folder, "nginx.conf"), $$"""
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log info;
            events { worker_connections 256; }
            http {
                log_format upstreams '$request_method $request_uri $status $upstream_addr';
                access_log {{folder}}/access.log upstreams;
                client_body_temp_path {{temp}}/body;
                proxy_temp_path {{temp}}/proxy;
                fastcgi_temp_path {{temp}}/fastcgi;
                uwsgi_temp_path {{temp}}/uwsgi;
                scgi_temp_path {{temp}}/scgi;
                include {{folder}}/site.conf;
            }
            """);
        var (test, output) = await ChildProcess.RunAsync(nginx, ["-t", "-p", folder, "-e", Path.Combine(folder, "error.log"), "-c", Path.Combine(folder, "nginx.conf")], folder, TimeSpan.FromSeconds(30));
        Assert.True(test == 0, $"nginx -t refused the site:\n{output}");

        var process = ChildProcess.Start(nginx, ["-p", folder, "-e", Path.Combine(folder, "error.log"), "-c", Path.Combine(folder, "nginx.conf"), "-g", "daemon off;"], folder);
        var proxy = new NginxProxy(port, folder, process);
        for (var i = 0; i < 100; i++)
        {
            if (process.HasExited)
            {
                Assert.Fail($"nginx exited:\n{process.Output}\n{proxy.ErrorLog()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return proxy;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        Assert.Fail($"nginx did not listen on {port}:\n{proxy.ErrorLog()}");
        return proxy;
    }

    /// <summary>Which upstream answered each request so far ("POST /Desk/Intake 302 127.0.0.1:5001"), oldest first.</summary>
    public IReadOnlyList<(string Method, string Uri, int Status, string Upstream)> Requests() =>
        File.Exists(Path.Combine(_folder, "access.log"))
            ? File.ReadAllLines(Path.Combine(_folder, "access.log")).Select(l => l.Split(' ')).Where(p => p.Length >= 4)
                .Select(p => (p[0], p[1], int.Parse(p[2], CultureInfo.InvariantCulture), p[3])).ToList()
            : [];

    public string ErrorLog() => File.Exists(Path.Combine(_folder, "error.log")) ? File.ReadAllText(Path.Combine(_folder, "error.log")) : string.Empty;

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A worker still closing a file; the temp folder is cleaned with the machine.
        }
    }

    /// <summary>The shipped site with the test's listen address and upstream ports (as many as it lists).</summary>
    private static string Site(string shipped, int port, IReadOnlyList<int> upstreams)
    {
        var servers = UpstreamServer().Matches(shipped);
        Assert.True(servers.Count == upstreams.Count, $"the shipped site lists {servers.Count} upstream servers; the test starts {upstreams.Count}");
        var index = 0;
        var site = UpstreamServer().Replace(shipped, m => $"server 127.0.0.1:{upstreams[index++]}");
        var listens = ListenLine().Count(site);
        Assert.True(listens == 1, $"the shipped site should have one listen line, it has {listens}");
        return ListenLine().Replace(site, $"listen 127.0.0.1:{port};");
    }

    [GeneratedRegex(@"server 127\.0\.0\.1:\d+")]
    private static partial Regex UpstreamServer();

    [GeneratedRegex(@"^\s*listen [^;]+;", RegexOptions.Multiline)]
    private static partial Regex ListenLine();
}
