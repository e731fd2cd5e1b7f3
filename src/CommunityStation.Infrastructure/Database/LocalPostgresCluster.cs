using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
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
    public const int DefaultPort = 55432;

    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The <c>postgres -o</c> options for a start. <see cref="ClusterDurability.Durable"/> keeps PostgreSQL's
    /// defaults (fsync, synchronous_commit, full_page_writes on): the portal's data survives a power cut.
    /// Only test clusters may trade that for speed.
    /// </summary>
    public static string ServerOptions(int port, ClusterDurability durability)
    {
        var options = string.Create(CultureInfo.InvariantCulture, $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200");
        return durability == ClusterDurability.RelaxedForTests
            ? options + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            : options;
    }

    /// <summary>The cluster of <paramref name="dataRoot"/> on <see cref="DefaultPort"/>, or on CS_LOCALDB_PORT when set.</summary>
    public static Task<string> EnsureStartedAsync(string dataRoot, ILogger logger, ClusterDurability durability = ClusterDurability.Durable, CancellationToken ct = default)
    {
        var portSetting = Environment.GetEnvironmentVariable("CS_LOCALDB_PORT");
        var port = DefaultPort;
        if (!string.IsNullOrWhiteSpace(portSetting) && (!int.TryParse(portSetting, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
        {
            throw new InvalidOperationException($"CS_LOCALDB_PORT='{portSetting}' is not a TCP port number.");
        }

        return EnsureStartedAsync(dataRoot, port, logger, durability, ct);
    }

    /// <summary>
    /// Starts (initdb first if needed) the cluster kept under <paramref name="dataRoot"/> on 127.0.0.1:<paramref name="port"/>,
    /// or reuses it when it already answers there. It logs which cluster it uses (data directory, port, pid), and
    /// refuses a server on that port that is not this cluster (its data directory is another one): the
    /// portal would otherwise silently work on whatever database answers.
    /// </summary>
    public static async Task<string> EnsureStartedAsync(string dataRoot, int port, ILogger logger, ClusterDurability durability = ClusterDurability.Durable, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataRoot);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentOutOfRangeException.ThrowIfLessThan(port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        var connectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = "postgres",
            Password = SuperuserPassword,
            Database = "postgres",
            Timeout = 5,
        }.ConnectionString;

        dataRoot = Path.GetFullPath(dataRoot);
        if (await TryConnectAsync(connectionString, ct) is null)
        {
            await RequireOwnClusterAsync(connectionString, dataRoot, port, "already running", logger, ct);
            await WarnIfNotDurableAsync(connectionString, durability, logger, ct);
            return connectionString;
        }

        var bin = FindBinaries();
        Directory.CreateDirectory(dataRoot);
        var runAs = IsRoot() ? EnsureUnprivilegedUser(logger) : null;
        if (runAs is not null && !CanTraverse(runAs, dataRoot, logger))
        {
            // The repository sits below a folder the unprivileged user cannot enter (e.g. /root): keep the
            // cluster in a per-checkout folder under /var/tmp instead.
            var fallback = FallbackRoot(dataRoot);
            logger.LogInformation(
                "The user {User} cannot reach {DataRoot} (a parent folder is not traversable); the local cluster lives in {Fallback}",
                runAs,
                dataRoot,
                fallback);
            dataRoot = fallback;
            Directory.CreateDirectory(dataRoot);
            if (!CanTraverse(runAs, dataRoot, logger))
            {
                throw new InvalidOperationException(
                    $"The user {runAs} that runs the local PostgreSQL cannot traverse the parent folders of {dataRoot}. " +
                    "Make them traversable (chmod o+x), or set ConnectionStrings__Default (tests: CS_TEST_POSTGRES) to a server you have.");
            }
        }

        var dataDir = Path.Combine(dataRoot, "pgdata");
        var log = Path.Combine(dataRoot, "postgres.log");

        // The web app and several test assemblies may arrive together: one of them initialises and starts
        // the cluster, the others wait for the lock and then find it answering.
        await using (await AcquireLockAsync(Path.Combine(dataRoot, "cluster.lock"), logger, ct))
        {
            if (await TryConnectAsync(connectionString, ct) is null)
            {
                await RequireOwnClusterAsync(connectionString, dataRoot, port, "started by another process", logger, ct);
                await WarnIfNotDurableAsync(connectionString, durability, logger, ct);
                return connectionString;
            }

            if (runAs is not null)
            {
                Run("chown", ["-R", $"{runAs}:", dataRoot], null, logger);
                Run("chmod", ["700", dataRoot], null, logger);
            }

            if (!File.Exists(Path.Combine(dataDir, "PG_VERSION")))
            {
                await InitDbAsync(bin, dataRoot, dataDir, runAs, logger, ct);
            }

            if (IsRunning(bin, dataDir, runAs, logger))
            {
                logger.LogInformation("The local PostgreSQL cluster in {DataDir} is already running; waiting for it to answer", dataDir);
            }
            else
            {
                logger.LogInformation("Starting the local PostgreSQL cluster in {DataDir} on 127.0.0.1:{Port} (log: {Log})", dataDir, port, log);
                Run(
                    Path.Combine(bin, "pg_ctl"),
                    ["-D", dataDir, "-l", log, "-w", "-t", "60", "-o", ServerOptions(port, durability), "start"],
                    runAs,
                    logger,
                    tailOnError: log);
            }

            // Deadlines are elapsed time, not wall-clock time: a monotonic stopwatch, unmoved by clock changes.
            var started = Stopwatch.GetTimestamp();
            Exception? last;
            do
            {
                last = await TryConnectAsync(connectionString, ct);
                if (last is null)
                {
                    await RequireOwnClusterAsync(connectionString, dataRoot, port, "started now", logger, ct);
                    return connectionString;
                }

                await Task.Delay(500, ct);
            }
            while (Stopwatch.GetElapsedTime(started) < ConnectTimeout);

            var hint = last is PostgresException { SqlState: PostgresErrorCodes.InvalidPassword }
                ? $" Port {port} answers but refuses the development password: another PostgreSQL may be using it (set CS_LOCALDB_PORT to another port)."
                : string.Empty;
            throw new InvalidOperationException(
                $"The local PostgreSQL cluster in {dataDir} did not accept a connection on 127.0.0.1:{port} within {ConnectTimeout.TotalSeconds:0} s: {last.Message}.{hint}\nServer log ({log}):\n{Tail(log)}",
                last);
        }
    }

    /// <summary>Stops the cluster kept under <paramref name="dataRoot"/> (fast shutdown), if it runs.</summary>
    public static void Stop(string dataRoot, ILogger logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataRoot);
        ArgumentNullException.ThrowIfNull(logger);
        dataRoot = Path.GetFullPath(dataRoot);
        var dataDir = OwnDataDirectories(dataRoot).FirstOrDefault(d => File.Exists(Path.Combine(d, "postmaster.pid")));
        if (dataDir is null)
        {
            return;
        }

        var runAs = IsRoot() ? EnsureUnprivilegedUser(logger) : null;
        Run(Path.Combine(FindBinaries(), "pg_ctl"), ["-D", dataDir, "-m", "fast", "-w", "stop"], runAs, logger);
        logger.LogInformation("Stopped the local PostgreSQL cluster in {DataDir}", dataDir);
    }

    /// <summary>Where the cluster of <paramref name="dataRoot"/> lives when the unprivileged user cannot reach it.</summary>
    private static string FallbackRoot(string dataRoot)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(dataRoot)))[..12];
        return Path.Combine(Path.GetTempPath() == "/tmp/" ? "/var/tmp" : Path.GetTempPath(), $"communitystation-{key}");
    }

    private static string[] OwnDataDirectories(string dataRoot) => [Path.Combine(dataRoot, "pgdata"), Path.Combine(FallbackRoot(dataRoot), "pgdata")];

    /// <summary>
    /// The server answering on the port must be this checkout's cluster: its data directory is ours. Says
    /// which cluster is used (data directory, port, pid) and that it outlives the portal; refuses any other.
    /// </summary>
    private static async Task RequireOwnClusterAsync(string connectionString, string dataRoot, int port, string how, ILogger logger, CancellationToken ct)
    {
        string dataDirectory;
        string pid;
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("SELECT current_setting('data_directory'), split_part(pg_read_file('postmaster.pid'), E'\\n', 1)", connection);
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            dataDirectory = reader.GetString(0);
            pid = reader.GetString(1);
        }

        var own = OwnDataDirectories(dataRoot);
        if (!own.Any(d => SamePath(d, dataDirectory)))
        {
            throw new InvalidOperationException(
                $"127.0.0.1:{port} is answered by a PostgreSQL cluster that is not this checkout's: its data directory is {dataDirectory} (pid {pid}), " +
                $"this checkout's is {own[0]}. The portal will not work on another cluster's databases. Either stop that cluster " +
                $"(pg_ctl -D {dataDirectory} stop, as its owner) if it is a leftover, or start this one on another port " +
                "(set CS_LOCALDB_PORT), or use that server on purpose by setting ConnectionStrings__Default (tests: CS_TEST_POSTGRES).");
        }

        logger.LogInformation(
            "Using the local PostgreSQL cluster on 127.0.0.1:{Port}, pid {Pid} ({How}); it keeps running after the portal stops. Its data directory, and how to stop it: pg_ctl -D {DataDir} stop",
            port,
            pid,
            how,
            dataDirectory);
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)), StringComparison.Ordinal);

    private static async Task InitDbAsync(string bin, string dataRoot, string dataDir, string? runAs, ILogger logger, CancellationToken ct)
    {
        logger.LogInformation("Creating a local PostgreSQL cluster in {DataDir}{As}", dataDir, runAs is null ? string.Empty : $" (run as {runAs})");
        var pwFile = Path.Combine(dataRoot, "pwfile");
        await File.WriteAllTextAsync(pwFile, SuperuserPassword, ct);
        try
        {
            if (runAs is not null)
            {
                Run("chown", [$"{runAs}:", pwFile], null, logger);
            }

            string[] common = ["-D", dataDir, "-U", "postgres", "--auth=scram-sha-256", $"--pwfile={pwFile}", "--encoding=UTF8"];
            try
            {
                Run(Path.Combine(bin, "initdb"), [.. common, "--locale=C.UTF-8"], runAs, logger);
            }
            catch (InvalidOperationException e)
            {
                logger.LogWarning("initdb with --locale=C.UTF-8 failed, retrying with --no-locale: {Error}", e.Message);
                if (Directory.Exists(dataDir))
                {
                    Directory.Delete(dataDir, recursive: true);
                }

                try
                {
                    Run(Path.Combine(bin, "initdb"), [.. common, "--no-locale"], runAs, logger);
                }
                catch (InvalidOperationException again)
                {
                    throw new InvalidOperationException($"initdb failed twice.\nWith --locale=C.UTF-8: {e.Message}\nWith --no-locale: {again.Message}", again);
                }
            }
        }
        finally
        {
            File.Delete(pwFile);
        }
    }

    /// <summary>
    /// A cluster is started once and then shared: if the tests started it (fsync off), the portal reusing
    /// it says so, because its data would not survive a power cut until the cluster is restarted.
    /// </summary>
    private static async Task WarnIfNotDurableAsync(string connectionString, ClusterDurability durability, ILogger logger, CancellationToken ct)
    {
        if (durability != ClusterDurability.Durable)
        {
            return;
        }

        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("SELECT current_setting('fsync')", connection);
            if (await command.ExecuteScalarAsync(ct) is string fsync && !string.Equals(fsync, "on", StringComparison.Ordinal))
            {
                logger.LogWarning(
                    "The local PostgreSQL cluster on {Host} was started by the tests with fsync={Fsync}: data may be lost on a power cut. Restart it (pg_ctl -D .localdb/pgdata restart) when no tests are running to get PostgreSQL's durable defaults",
                    connection.Host,
                    fsync);
            }
        }
        catch (NpgsqlException e)
        {
            logger.LogDebug(e, "Could not read the local cluster's fsync setting");
        }
    }

    /// <summary>Null when a connection opens, else why not.</summary>
    private static async Task<Exception?> TryConnectAsync(string connectionString, CancellationToken ct)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(ct);
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
        {
            return e;
        }
    }

    private static bool IsRunning(string bin, string dataDir, string? runAs, ILogger logger)
    {
        try
        {
            Run(Path.Combine(bin, "pg_ctl"), ["-D", dataDir, "status"], runAs, logger);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool IsRoot()
    {
        if (Environment.UserName == "root")
        {
            return true;
        }

        // Effective uid from /proc, for a uid 0 with another name.
        try
        {
            var uid = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal));
            var fields = uid?.Split(['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
            return fields is { Length: > 2 } && fields[2] == "0";
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Whether <paramref name="user"/> can reach <paramref name="directory"/> (every parent traversable).</summary>
    private static bool CanTraverse(string user, string directory, ILogger logger)
    {
        var parent = Path.GetDirectoryName(directory) ?? "/";
        try
        {
            // access(X_OK) on the parent fails unless every folder on the way is traversable too.
            Run("runuser", ["-u", user, "--", "test", "-x", parent], null, logger);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>The newest PostgreSQL binaries directory (PATH first, then /usr/lib/postgresql/*/bin): initdb, pg_ctl, pg_dump, pg_restore.</summary>
    public static string FindBinaries()
    {
        var fromPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(dir => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")));
        if (fromPath is not null)
        {
            // A symlink on PATH (/usr/local/bin/initdb -> /usr/lib/postgresql/15/bin/initdb): the real folder has the rest (pg_dump, pg_restore).
            var real = Path.GetDirectoryName(new FileInfo(Path.Combine(fromPath, "initdb")).ResolveLinkTarget(returnFinalTarget: true)?.FullName);
            return real is not null && File.Exists(Path.Combine(real, "pg_ctl")) ? real : fromPath;
        }

        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0))
                .Where(x => File.Exists(Path.Combine(x.Dir, "initdb")) && File.Exists(Path.Combine(x.Dir, "pg_ctl")))
                .OrderByDescending(x => x.Version)
                .Select(x => x.Dir)
                .FirstOrDefault()
            : null;

        return installed ?? throw new InvalidOperationException(
            "No PostgreSQL server binaries found (initdb and pg_ctl, on PATH or in /usr/lib/postgresql/*/bin). Install PostgreSQL 15 or newer " +
            "(Debian/Ubuntu: apt-get install postgresql), or set ConnectionStrings__Default (for tests: CS_TEST_POSTGRES) to a server you have.");
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
            try
            {
                Run("useradd", ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "cs-postgres"], null, logger);
            }
            catch (InvalidOperationException) when (UserExists("cs-postgres"))
            {
                // Another process created it at the same moment.
            }
        }

        return "cs-postgres";
    }

    private static bool UserExists(string name)
    {
        try
        {
            Run("id", ["-u", name], null, NullLogger.Instance);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

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

        var command = (runAs is null ? string.Empty : $"runuser -u {runAs} -- ") + $"{file} {string.Join(' ', args)}";
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {command}.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"Could not start {command}: {e.Message}", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                var detail = $"{command} failed (exit {process.ExitCode}): {stderr.Result}{stdout.Result}";
                if (tailOnError is not null)
                {
                    detail += $"\nServer log ({tailOnError}):\n" + Tail(tailOnError);
                }

                throw new InvalidOperationException(detail);
            }

            logger.LogDebug("{Command}: {Output}", command, stdout.Result);
        }
    }

    private static string Tail(string path)
    {
        try
        {
            return File.Exists(path) ? string.Join('\n', File.ReadLines(path).TakeLast(30)) : "(no log)";
        }
        catch (IOException e)
        {
            return $"(cannot read the log: {e.Message})";
        }
        catch (UnauthorizedAccessException e)
        {
            return $"(cannot read the log: {e.Message})";
        }
    }

    private static async Task<FileStream> AcquireLockAsync(string path, ILogger logger, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var logged = false;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException e)
            {
                if (Stopwatch.GetElapsedTime(started) >= LockTimeout)
                {
                    throw new InvalidOperationException(
                        $"Timed out after {LockTimeout.TotalSeconds:0} s waiting for {path}: another process is still initialising or starting the local PostgreSQL cluster.",
                        e);
                }

                if (!logged)
                {
                    logger.LogInformation("Waiting for {Lock}: another process is starting the local PostgreSQL cluster", path);
                    logged = true;
                }

                await Task.Delay(250, ct);
            }
        }
    }
}
