using System.Diagnostics;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CommunityStation.Infrastructure.Database;

/// <summary>
/// A private PostgreSQL cluster for development and tests (ADR 0002): initdb once under
/// <c>{dataRoot}/pgdata</c>, start on 127.0.0.1, reuse afterwards. PostgreSQL will not run as root, so
/// when we are root it runs as the <c>postgres</c> user, or a <c>cs-postgres</c> system user we create.
/// </summary>
public static class LocalPostgresCluster
{
    public const string SuperuserPassword = "cs_local_dev";

    public static async Task<string> EnsureStartedAsync(string dataRoot, ILogger logger, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(logger);
        var port = int.TryParse(Environment.GetEnvironmentVariable("CS_LOCALDB_PORT"), out var p) ? p : 55432;
        var connectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = "postgres",
            Password = SuperuserPassword,
            Database = "postgres",
            Timeout = 5,
        }.ConnectionString;

        Directory.CreateDirectory(dataRoot);
        if (await CanConnectAsync(connectionString, ct))
        {
            return connectionString;
        }

        var bin = FindBinaries();
        var runAs = Environment.UserName == "root" ? EnsureUnprivilegedUser(logger) : null;
        if (runAs is not null && !CanTraverse(runAs, dataRoot, logger))
        {
            // The repository sits below a folder the unprivileged user cannot enter (e.g. /root): keep the
            // cluster in a per-checkout folder under /var/tmp instead.
            var key = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(dataRoot))))[..12];
            dataRoot = Path.Combine(Path.GetTempPath() == "/tmp/" ? "/var/tmp" : Path.GetTempPath(), $"communitystation-{key}");
            Directory.CreateDirectory(dataRoot);
            logger.LogInformation("{User} cannot reach the repository folder; the local cluster lives in {DataRoot}", runAs, dataRoot);
        }

        var dataDir = Path.Combine(dataRoot, "pgdata");
        var log = Path.Combine(dataRoot, "postgres.log");

        // The web app and several test assemblies may arrive together: one of them starts the cluster.
        await using (await AcquireLockAsync(Path.Combine(dataRoot, "cluster.lock"), ct))
        {
            if (await CanConnectAsync(connectionString, ct))
            {
                return connectionString;
            }

            if (runAs is not null)
            {
                Run("chown", ["-R", $"{runAs}:", dataRoot], null, logger);
                Run("chmod", ["700", dataRoot], null, logger);
            }

            if (!File.Exists(Path.Combine(dataDir, "PG_VERSION")))
            {
                logger.LogInformation("Creating a local PostgreSQL cluster in {DataDir}", dataDir);
                var pwFile = Path.Combine(dataRoot, "pwfile");
                await File.WriteAllTextAsync(pwFile, SuperuserPassword, ct);
                if (runAs is not null)
                {
                    Run("chown", [$"{runAs}:", pwFile], null, logger);
                }

                try
                {
                    Run(Path.Combine(bin, "initdb"), ["-D", dataDir, "-U", "postgres", "--auth=scram-sha-256", $"--pwfile={pwFile}", "--encoding=UTF8", "--locale=C.UTF-8"], runAs, logger);
                }
                catch (InvalidOperationException)
                {
                    if (Directory.Exists(dataDir))
                    {
                        Directory.Delete(dataDir, recursive: true);
                    }

                    Run(Path.Combine(bin, "initdb"), ["-D", dataDir, "-U", "postgres", "--auth=scram-sha-256", $"--pwfile={pwFile}", "--encoding=UTF8", "--no-locale"], runAs, logger);
                }
                finally
                {
                    File.Delete(pwFile);
                }
            }

            // Stale pid file from a machine restart: pg_ctl copes, but only if the process is really gone.
            logger.LogInformation("Starting the local PostgreSQL cluster on 127.0.0.1:{Port}", port);
            Run(
                Path.Combine(bin, "pg_ctl"),
                ["-D", dataDir, "-l", log, "-w", "-t", "60", "-o", $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200 -c fsync=off", "start"],
                runAs,
                logger,
                tailOnError: log);
        }

        for (var i = 0; i < 60; i++)
        {
            if (await CanConnectAsync(connectionString, ct))
            {
                return connectionString;
            }

            await Task.Delay(500, ct);
        }

        throw new InvalidOperationException($"The local PostgreSQL cluster did not answer on port {port}. Log:\n{Tail(log)}");
    }

    private static async Task<bool> CanConnectAsync(string connectionString, CancellationToken ct)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(ct);
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
        {
            return false;
        }
    }

    private static bool CanTraverse(string user, string directory, ILogger logger)
    {
        try
        {
            Run("runuser", ["-u", user, "--", "test", "-x", Path.GetDirectoryName(Path.GetFullPath(directory)) ?? "/"], null, logger);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static string FindBinaries()
    {
        var fromPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(dir => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")));
        if (fromPath is not null)
        {
            return fromPath;
        }

        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(x => File.Exists(Path.Combine(x.Dir, "initdb")))
                .OrderByDescending(x => x.Version)
                .Select(x => x.Dir)
                .FirstOrDefault()
            : null;

        return installed ?? throw new InvalidOperationException(
            "No PostgreSQL server binaries found (initdb, pg_ctl). Install PostgreSQL 15 or newer (Debian: apt-get install postgresql), " +
            "or set ConnectionStrings__Default (for tests: CS_TEST_POSTGRES) to a server you have.");
    }

    private static string EnsureUnprivilegedUser(ILogger logger)
    {
        if (UserExists("postgres"))
        {
            return "postgres";
        }

        if (!UserExists("cs-postgres"))
        {
            logger.LogInformation("Creating the system user cs-postgres to run the local cluster (PostgreSQL refuses to run as root)");
            Run("useradd", ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "cs-postgres"], null, logger);
        }

        return "cs-postgres";
    }

    private static bool UserExists(string name) =>
        File.ReadLines("/etc/passwd").Any(line => line.StartsWith(name + ":", StringComparison.Ordinal));

    private static void Run(string file, IReadOnlyList<string> args, string? runAs, ILogger logger, string? tailOnError = null)
    {
        var info = new ProcessStartInfo
        {
            FileName = runAs is null ? file : "runuser",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        if (runAs is not null)
        {
            foreach (var a in new[] { "-u", runAs, "--", file })
            {
                info.ArgumentList.Add(a);
            }
        }

        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            var detail = $"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {stderr.Result}{stdout.Result}";
            if (tailOnError is not null)
            {
                detail += "\nServer log:\n" + Tail(tailOnError);
            }

            throw new InvalidOperationException(detail);
        }

        logger.LogDebug("{File}: {Output}", file, stdout.Result);
    }

    private static string Tail(string path) =>
        File.Exists(path) ? string.Join('\n', File.ReadLines(path).TakeLast(30)) : "(no log)";

    private static async Task<FileStream> AcquireLockAsync(string path, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250, ct);
            }
        }
    }
}
