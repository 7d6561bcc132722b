"""Real CalDAV servers from Debian's packages, run privately on 127.0.0.1 for the publishing tests.

Cyrus IMAP with CalDAV (the server Fastmail runs), sabre/dav (the library
under Nextcloud and Baikal), DAViCal (PHP on PostgreSQL) and SOGo (the
groupware server, on PostgreSQL and memcached). Each keeps everything in its
own folder, listens on a free loopback port and is stopped by its own process
id. `.ci/run` installs the packages; a machine without them skips the tests
that need them, with the reason.
"""

from __future__ import annotations

import contextlib
import hashlib
import imaplib
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import tempfile
import time
from pathlib import Path

CYRUS_MASTER = Path("/usr/lib/cyrus/bin/master")
SABRE_EXAMPLES = Path("/usr/share/doc/php-sabre-dav/examples")
DAVICAL = Path("/usr/share/davical")
SOGOD = Path("/usr/sbin/sogod")
NGINX = Path("/usr/sbin/nginx")


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until_listening(port: int, process: subprocess.Popen[bytes], seconds: float = 30) -> None:
    """Wait for the server to accept connections, or fail with what it said."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"the server did not listen on {port} within {seconds} s")


def cyrus_missing() -> str | None:
    """Why Cyrus cannot run here, or None."""
    if not CYRUS_MASTER.exists() or shutil.which("saslpasswd2") is None:
        return "Cyrus IMAP is not installed (apt-get install cyrus-imapd cyrus-caldav sasl2-bin)"
    if os.geteuid() != 0:
        return "Cyrus runs as its own system user: these tests need root (CI runs as root)"
    return None


def sabre_missing() -> str | None:
    """Why sabre/dav cannot run here, or None."""
    if shutil.which("php") is None or not (SABRE_EXAMPLES / "calendarserver.php").exists():
        return "sabre/dav is not installed (apt-get install php-cli php-sqlite3 php-xml php-sabre-dav)"
    return None


def postgres_bin() -> Path | None:
    """The folder of the newest installed PostgreSQL server's programs (Debian's layout), or None."""
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/postgres"), key=lambda p: int(p.parent.parent.name)
    )
    return found[-1].parent if found else None


def davical_missing() -> str | None:
    """Why DAViCal cannot run here, or None."""
    if shutil.which("php") is None or not (DAVICAL / "htdocs" / "caldav.php").exists():
        return "DAViCal is not installed (apt-get install davical postgresql)"
    if postgres_bin() is None:
        return "PostgreSQL's server is not installed (apt-get install postgresql)"
    if os.geteuid() == 0 and shutil.which("setpriv") is None:
        return "PostgreSQL refuses to run as root and setpriv (util-linux) is missing"
    return None


def sogo_missing() -> str | None:
    """Why SOGo cannot run here, or None."""
    if not SOGOD.exists() or shutil.which("memcached") is None or not NGINX.exists():
        return "SOGo is not installed (apt-get install sogo postgresql nginx)"
    if postgres_bin() is None:
        return "PostgreSQL's server is not installed (apt-get install postgresql)"
    if os.geteuid() == 0 and shutil.which("setpriv") is None:
        return "SOGo and PostgreSQL refuse to run as root and setpriv (util-linux) is missing"
    return None


class Cyrus:
    """Cyrus IMAP 3.6 with CalDAV, HTTP on a free loopback port; users share one password."""

    password = "s3cret"

    def __init__(self, users: tuple[str, ...] = ("maja", "bob")) -> None:
        # pytest's tmp folders are private to root; Cyrus runs as the `cyrus` user
        self.folder = Path(tempfile.mkdtemp(prefix="peerdesk-cyrus-"))
        self.folder.chmod(0o755)
        self.http_port, self.imap_port = free_port(), free_port()
        self.users = users
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The server address a Fastmail user would type (the DAV root)."""
        return f"http://127.0.0.1:{self.http_port}/dav/"

    def _configure(self) -> Path:
        c = self.folder
        for sub in ("lib/db", "lib/user", "lib/quota", "lib/proc", "lib/socket", "lib/log", "lib/msg"):
            (c / sub).mkdir(parents=True, exist_ok=True)
        for sub in ("lib/ptclient", "spool", "run/proc", "run/lock", "run/socket", "sieve"):
            (c / sub).mkdir(parents=True, exist_ok=True)
        conf = c / "imapd.conf"
        conf.write_text(
            f"configdirectory: {c}/lib\nproc_path: {c}/run/proc\nmboxname_lockpath: {c}/run/lock\n"
            f"defaultpartition: default\npartition-default: {c}/spool\nsievedir: {c}/sieve\n"
            "altnamespace: yes\nunixhierarchysep: yes\nadmins: cyrusadmin\nallowplaintext: yes\n"
            f"sasl_pwcheck_method: auxprop\nsasl_auxprop_plugin: sasldb\nsasl_sasldb_path: {c}/sasldb2\n"
            "sasl_mech_list: PLAIN LOGIN\nhttpmodules: caldav carddav\nhttpallowcompress: no\n"
            "caldav_realm: peerdesk\nautocreate_quota: 0\nautocreate_post: yes\n"
            f"lmtpsocket: {c}/run/socket/lmtp\nidlesocket: {c}/run/socket/idle\n"
            f"notifysocket: {c}/run/socket/notify\nsyslog_prefix: peerdesk-cyrus\numask: 077\n",
            encoding="utf-8",
        )
        (c / "cyrus.conf").write_text(
            f'START {{\n  recover cmd="ctl_cyrusdb -C {conf} -r"\n}}\nSERVICES {{\n'
            f'  imap cmd="imapd -C {conf}" listen="127.0.0.1:{self.imap_port}" prefork=0\n'
            f'  http cmd="httpd -C {conf}" listen="127.0.0.1:{self.http_port}" prefork=0\n}}\n'
            "EVENTS {\n}\nDAEMON {\n}\n",
            encoding="utf-8",
        )
        for user in ("cyrusadmin", *self.users):
            subprocess.run(
                ["saslpasswd2", "-p", "-f", str(c / "sasldb2"), "-c", user],
                input=self.password.encode(),
                check=True,
            )
        subprocess.run(["chown", "-R", "cyrus:mail", str(c)], check=True)
        (c / "sasldb2").chmod(0o640)
        return conf

    def start(self) -> None:
        """Configure, start `master`, and create each user's mailbox (which makes the calendar home).

        The pid file is the instance's own: with the default (/run) a second master exits with 71.
        """
        conf = self._configure()
        with (self.folder / "master.log").open("ab") as log:
            self.process = subprocess.Popen(
                [
                    str(CYRUS_MASTER),
                    *("-C", str(conf), "-M", str(self.folder / "cyrus.conf")),
                    *("-p", str(self.folder / "run" / "master.pid"), "-D"),
                ],
                stdout=log,
                stderr=log,
                start_new_session=True,
            )
        wait_until_listening(self.http_port, self.process)
        wait_until_listening(self.imap_port, self.process)
        imap = imaplib.IMAP4("127.0.0.1", self.imap_port)
        try:
            imap.login("cyrusadmin", self.password)
            for user in self.users:
                imap.create(f"user/{user}")
        finally:
            imap.logout()

    def stop(self) -> None:
        """Stop `master` and its children, then remove the folder."""
        if self.process is not None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(10)
            self.process = None
        shutil.rmtree(self.folder, ignore_errors=True)


class Sabre:
    """sabre/dav 1.8 (Debian's php-sabre-dav) on PHP's built-in server, SQLite storage, Digest auth."""

    password = "s3cret"

    def __init__(self, folder: Path, users: tuple[str, ...] = ("maja", "bob")) -> None:
        self.folder = folder
        self.port = free_port()
        self.users = users
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The server address (what a Nextcloud or Baikal user types is the same kind: the DAV root)."""
        return f"http://127.0.0.1:{self.port}/server.php/"

    def _database(self) -> None:
        db = sqlite3.connect(self.folder / "data" / "db.sqlite")
        with db:
            for part in ("calendars", "principals", "users", "locks"):
                db.executescript((SABRE_EXAMPLES / "sql" / f"sqlite.{part}.sql").read_text())
            for user in self.users:
                a1 = hashlib.md5(f"{user}:SabreDAV:{self.password}".encode()).hexdigest()  # Digest auth's A1
                db.execute("INSERT INTO users (username, digesta1) VALUES (?, ?)", (user, a1))
                db.executemany(
                    "INSERT INTO principals (uri, email, displayname) VALUES (?, ?, ?)",
                    [
                        (f"principals/{user}", f"{user}@example.com", user.title()),
                        (f"principals/{user}/calendar-proxy-read", None, None),
                        (f"principals/{user}/calendar-proxy-write", None, None),
                    ],
                )
        db.close()

    def start(self) -> None:
        """Lay out the database and server script, then start `php -S`."""
        (self.folder / "data").mkdir(parents=True)
        self._database()
        script = (SABRE_EXAMPLES / "calendarserver.php").read_text()
        script = script.replace(
            "date_default_timezone_set('Canada/Eastern');",
            "date_default_timezone_set('UTC'); $baseUri = '/server.php/';",
        )
        script = script.replace("sqlite:data/db.sqlite", f"sqlite:{self.folder}/data/db.sqlite")
        # the example turns PHP 8.2's deprecation notices into exceptions (HTTP 500)
        script = script.replace(
            'set_error_handler("exception_error_handler");', "error_reporting(E_ALL & ~E_DEPRECATED);"
        )
        (self.folder / "server.php").write_text(script)
        with (self.folder / "php.log").open("ab") as log:
            self.process = subprocess.Popen(
                ["php", "-S", f"127.0.0.1:{self.port}", "-t", str(self.folder)],
                stdout=log,
                stderr=log,
                env={**os.environ, "PHP_CLI_SERVER_WORKERS": "4"},
                start_new_session=True,  # the workers outlive their parent: stop the whole group
            )
        wait_until_listening(self.port, self.process)

    def stop(self) -> None:
        """Stop PHP's server and its workers."""
        if self.process is not None:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(10)
            self.process = None


def as_user(name: str) -> list[str]:
    """The command prefix that runs a program as system user `name` when we are root (PostgreSQL, SOGo and
    memcached refuse root); nothing otherwise."""
    if os.geteuid() != 0:
        return []
    return ["setpriv", f"--reuid={name}", f"--regid={name}", "--clear-groups", "--"]


class Postgres:
    """A PostgreSQL cluster of one server's own, in `folder`/pg, run as the `postgres` user when we are root.

    It listens on a socket in `folder`/pg-sockets, and on 127.0.0.1:`port` only when a port is given;
    fsync is off, as nothing here needs to survive a crash. Anyone on this computer may log in
    without a password (trust): the data are throwaway test data.
    """

    def __init__(self, folder: Path, port: int | None = None) -> None:
        self.folder = folder
        self.port = port
        self.sockets = folder / "pg-sockets"
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def env(self) -> dict[str, str]:
        """The environment psql and the servers' own scripts connect with, as the superuser."""
        port = str(self.port or 5432)  # without TCP the port only names the socket
        return {**os.environ, "PGHOST": str(self.sockets), "PGPORT": port, "PGUSER": "postgres"}

    def start(self) -> None:
        """initdb, then start the server and wait until it accepts connections."""
        pg_bin, data = postgres_bin(), self.folder / "pg"
        assert pg_bin is not None
        self.sockets.mkdir()
        if os.geteuid() == 0:
            shutil.chown(self.sockets, "postgres")
            shutil.chown(self.folder, "postgres")
        initdb = (
            "-D",
            str(data),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        listen = ("-h", "127.0.0.1", "-p", str(self.port)) if self.port else ("-h", "")
        server = (
            "-D",
            str(data),
            "-k",
            str(self.sockets),
            *listen,
            "-c",
            "fsync=off",
            "-c",
            "synchronous_commit=off",
        )
        with (self.folder / "postgres.log").open("ab") as log:
            subprocess.run(
                [*as_user("postgres"), str(pg_bin / "initdb"), *initdb], stdout=log, stderr=log, check=True
            )
            self.process = subprocess.Popen(
                [*as_user("postgres"), str(pg_bin / "postgres"), *server],
                stdout=log,
                stderr=log,
                start_new_session=True,
            )
        deadline = time.monotonic() + 30
        while subprocess.run([str(pg_bin / "pg_isready"), "-q"], env=self.env, check=False).returncode != 0:
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"PostgreSQL did not start: see {self.folder / 'postgres.log'}")
            time.sleep(0.05)

    def psql(self, sql: str, database: str = "postgres", user: str = "postgres") -> None:
        """Run SQL, stopping at the first error."""
        subprocess.run(
            ["psql", "-qX", "-v", "ON_ERROR_STOP=1", "-U", user, database],
            input=sql.encode(),
            env=self.env,
            stdout=subprocess.DEVNULL,
            check=True,
        )

    def stop(self) -> None:
        """Fast shutdown (SIGINT: connections are closed, nothing waits for clients)."""
        if self.process is not None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(10)
            self.process = None


class Davical:
    """DAViCal 1.1 on PHP's built-in server, with a PostgreSQL of its own (socket only); Basic auth.

    DAViCal reads its configuration from /etc/davical/: the folder holds a copy of its
    `always.php` that reads the folder's own instead, so nothing on the machine is changed.
    Each user has the home calendar DAViCal's admin pages make.
    """

    password = "s3cret"

    def __init__(self, users: tuple[str, ...] = ("maja", "bob")) -> None:
        # pytest's tmp folders are private to root; PostgreSQL runs as the `postgres` user
        self.folder = Path(tempfile.mkdtemp(prefix="peerdesk-davical-"))
        self.folder.chmod(0o755)
        self.port = free_port()
        self.users = users
        self.db = Postgres(self.folder)
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The server address a DAViCal user types (its CalDAV entry point; the principal is found from it)."""
        return f"http://127.0.0.1:{self.port}/caldav.php/"

    def _database(self) -> None:
        """DAViCal's own script makes the database (tables, functions, the admin); then the users."""
        with (self.folder / "database.log").open("ab") as log:
            subprocess.run(
                [str(DAVICAL / "dba" / "create-database.sh"), "davical", self.password],
                env=self.db.env,
                cwd=self.folder,
                stdout=log,
                stderr=log,
                check=True,
            )
        sql = []
        for user in self.users:
            # what DAViCal's admin pages insert for a new person, and its home calendar
            sql.append(
                "INSERT INTO usr (active, email_ok, updated, username, password, fullname, email) VALUES "
                f"(TRUE, current_date, current_date, '{user}', '**{self.password}', '{user.title()}', "
                f"'{user}@example.com');\n"
                "INSERT INTO principal (type_id, user_no, displayname, default_privileges) VALUES "
                f"(1, currval('usr_user_no_seq'), '{user.title()}', "
                "privilege_to_bits(ARRAY['read-free-busy', 'schedule-deliver']));\n"
                "INSERT INTO collection (user_no, parent_container, dav_name, dav_etag, dav_displayname, "
                "is_calendar, is_addressbook, created, modified, resourcetypes) VALUES "
                f"(currval('usr_user_no_seq'), '/{user}/', '/{user}/calendar/', '-1', '{user.title()} calendar', "
                "TRUE, FALSE, current_timestamp, current_timestamp, "
                "'<DAV::collection/><urn:ietf:params:xml:ns:caldav:calendar/>');\n"
            )
        self.db.psql("".join(sql), "davical", "davical_dba")

    def _htdocs(self) -> Path:
        """The web root: DAViCal's entry point, with `always.php` reading the folder's configuration."""
        htdocs = self.folder / "htdocs"
        htdocs.mkdir()
        (self.folder / "inc").symlink_to(DAVICAL / "inc")  # always.php adds ../inc to the include path
        shutil.copy(DAVICAL / "htdocs" / "caldav.php", htdocs)
        always = (DAVICAL / "htdocs" / "always.php").read_text(encoding="utf-8")
        per_host = "'/etc/davical/'.$_SERVER['SERVER_NAME'].'-conf.php'"
        if always.count(per_host) != 2:
            raise RuntimeError("DAViCal's always.php no longer reads /etc/davical/HOST-conf.php")
        config = self.folder / "config.php"
        (htdocs / "always.php").write_text(always.replace(per_host, f"'{config}'"), encoding="utf-8")
        env = self.db.env
        config.write_text(
            "<?php\n"
            f"$c->pg_connect[] = 'dbname=davical user=davical_app host={env['PGHOST']} port={env['PGPORT']}';\n"
            "$c->system_name = 'PeerDesk test DAViCal';\n"
            "$c->admin_email = 'admin@example.com';\n",
            encoding="utf-8",
        )
        return htdocs

    def start(self) -> None:
        """Start PostgreSQL, make DAViCal's database and users, then start `php -S` on DAViCal."""
        try:
            self.db.start()
            self._database()
            htdocs = self._htdocs()
            with (self.folder / "php.log").open("ab") as log:
                self.process = subprocess.Popen(
                    ["php", "-S", f"127.0.0.1:{self.port}", "-t", str(htdocs)],
                    cwd=htdocs,
                    stdout=log,
                    stderr=log,
                    env={**os.environ, "PHP_CLI_SERVER_WORKERS": "4"},
                    start_new_session=True,  # the workers outlive their parent: stop the whole group
                )
            wait_until_listening(self.port, self.process)
        except BaseException:
            self.stop()  # PostgreSQL must not outlive a failed start
            raise

    def stop(self) -> None:
        """Stop PHP's server and its workers, then PostgreSQL, then remove the folder."""
        if self.process is not None:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(10)
            self.process = None
        self.db.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


class Sogo:
    """SOGo 5.8 behind nginx, with a PostgreSQL and a memcached of its own; Basic auth.

    As in every SOGo installation, a web server stands in front of `sogod`: sogod closes the
    connection after each answer without always saying so, and a client that then reuses it
    gets "remote end closed connection" (SOGo's own Apache configuration sets proxy-nokeepalive).
    Everything SOGo is told comes on its command line (its argument domain overrides
    /etc/sogo/sogo.conf, which stays as the package left it): the database URLs, memcached's
    socket, and a SQL table of users with plain passwords. SOGo creates its tables when its
    workers start (three at once, so two of them log that a table already exists) and each
    user's "personal" calendar on first use. Invitation e-mail is off: there is no mail server.
    """

    password = "s3cret"

    def __init__(self, users: tuple[str, ...] = ("maja", "bob")) -> None:
        # pytest's tmp folders are private to root; SOGo and PostgreSQL run as their own users
        self.folder = Path(tempfile.mkdtemp(prefix="peerdesk-sogo-"))
        self.folder.chmod(0o755)
        self.port, self.sogod_port = free_port(), free_port()  # nginx's, and sogod's behind it
        self.users = users
        self.db = Postgres(self.folder, port=free_port())
        self.run = self.folder / "run"  # SOGo's and memcached's own files
        self.workers = 3
        self.memcached: subprocess.Popen[bytes] | None = None
        self.process: subprocess.Popen[bytes] | None = None
        self.nginx: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The server address a SOGo user types into a CalDAV program (its DAV root)."""
        return f"http://127.0.0.1:{self.port}/SOGo/dav/"

    def _database(self) -> str:
        """The `sogo` role and database, and the users' table; returns the database's URL."""
        self.db.psql("CREATE ROLE sogo LOGIN PASSWORD 'sogo';\nCREATE DATABASE sogo OWNER sogo;\n")
        rows = ", ".join(
            f"('{user}', '{user}', '{self.password}', '{user.title()}', '{user}@example.com')"
            for user in self.users
        )
        self.db.psql(
            "CREATE TABLE sogo_users (c_uid varchar(128) PRIMARY KEY, c_name varchar(128), "
            "c_password varchar(128), c_cn varchar(128), mail varchar(128));\n"
            f"INSERT INTO sogo_users VALUES {rows};\n",
            "sogo",
            "sogo",
        )
        return f"postgresql://sogo:sogo@127.0.0.1:{self.db.port}/sogo"

    def _arguments(self, db: str) -> list[str]:
        """sogod's settings as `-Name value` pairs; `db` is the database's URL."""
        users = (
            f'({{type = sql; id = users; viewURL = "{db}/sogo_users"; canAuthenticate = YES; '
            "isAddressBook = NO; userPasswordAlgorithm = plain;})"
        )
        settings = {
            "WONoDetach": "YES",
            "WOPort": f"127.0.0.1:{self.sogod_port}",
            "WOLogFile": "-",
            "WOPidFile": str(self.run / "sogo.pid"),
            "WOWorkersCount": str(self.workers),
            "SOGoMemcachedHost": str(self.run / "memcached.sock"),
            "SOGoProfileURL": f"{db}/sogo_user_profile",
            "OCSFolderInfoURL": f"{db}/sogo_folder_info",
            "OCSSessionsFolderURL": f"{db}/sogo_sessions_folder",
            "OCSEMailAlarmsFolderURL": f"{db}/sogo_alarms_folder",
            "OCSStoreURL": f"{db}/sogo_store",
            "OCSAclURL": f"{db}/sogo_acl",
            "OCSCacheFolderURL": f"{db}/sogo_cache_folder",
            "SOGoUserSources": users,
            "SOGoTimeZone": "UTC",
            "SOGoAppointmentSendEMailNotifications": "NO",
        }
        return [part for key, value in settings.items() for part in (f"-{key}", value)]

    def _wait_for_workers(self, seconds: float = 30) -> None:
        """Wait until every worker is ready (the log says so).

        The watchdog listens at once, but closes a connection no worker is ready for, and a
        worker handed such a connection (even wait_until_listening's probe) can be lost to it.
        """
        deadline = time.monotonic() + seconds
        log = self.folder / "sogo.log"
        while log.read_text(errors="replace").count("notified the watchdog that we are ready") < self.workers:
            if self.process is None or self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"SOGo's workers did not start: see {log}")
            time.sleep(0.05)

    def _nginx_conf(self) -> Path:
        """nginx passing /SOGo to sogod, one connection per request, the Host as the client sent it."""
        conf = self.run / "nginx.conf"
        temp = " ".join(
            f"{kind}_temp_path {self.run / kind};"
            for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        conf.write_text(
            f"daemon off;\nworker_processes 1;\npid {self.run / 'nginx.pid'};\n"
            f"error_log {self.run / 'nginx.log'};\nevents {{}}\n"
            f"http {{\n  access_log off;\n  {temp}\n"
            f"  server {{\n    listen 127.0.0.1:{self.port};\n    location /SOGo {{\n"
            f"      proxy_pass http://127.0.0.1:{self.sogod_port};\n"
            "      proxy_set_header Host $http_host;\n      proxy_read_timeout 60s;\n    }\n  }\n}\n",
            encoding="utf-8",
        )
        return conf

    def start(self) -> None:
        """Start PostgreSQL and make the users' table, start memcached and `sogod`, then nginx."""
        try:
            self.db.start()
            db = self._database()
            self.run.mkdir()
            if os.geteuid() == 0:
                shutil.chown(self.run, "sogo")
            with (self.folder / "sogo.log").open("ab") as log:
                memcached = ("memcached", "-s", str(self.run / "memcached.sock"), "-U", "0", "-m", "16")
                self.memcached = subprocess.Popen(
                    [*as_user("sogo"), *memcached],
                    stdout=log,
                    stderr=log,
                    start_new_session=True,
                )
                self.process = subprocess.Popen(
                    [*as_user("sogo"), str(SOGOD), *self._arguments(db)],
                    cwd=self.run,
                    stdout=log,
                    stderr=log,
                    env={**os.environ, "HOME": str(self.run)},  # GNUstep's user defaults: none of ours
                    start_new_session=True,
                )
            self._wait_for_workers()
            conf = self._nginx_conf()
            if os.geteuid() == 0:
                shutil.chown(conf, "sogo")
            with (self.folder / "sogo.log").open("ab") as log:
                self.nginx = subprocess.Popen(
                    [*as_user("sogo"), str(NGINX), "-c", str(conf), "-e", str(self.run / "nginx.log")],
                    cwd=self.run,
                    stdout=log,
                    stderr=log,
                    start_new_session=True,  # its master and worker: stop the whole group
                )
            wait_until_listening(self.port, self.nginx)
        except BaseException:
            self.stop()  # PostgreSQL and memcached must not outlive a failed start
            raise

    def stop(self) -> None:
        """Stop nginx, `sogod` (its watchdog and workers), memcached and PostgreSQL, then remove the folder.

        SOGo's workers each lead a session of their own, so the watchdog's process group does not
        hold them; on SIGTERM the watchdog waits up to 10 s for them. Nothing here needs a clean
        stop: the watchdog is killed first (so it cannot start new workers), then each worker by pid.
        """
        if self.nginx is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.nginx.pid, signal.SIGTERM)
            self.nginx.wait(10)
            self.nginx = None
        if self.process is not None:
            try:
                tasks = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
                workers = [int(pid) for pid in tasks.read_text().split()]
            except OSError:  # not Linux, or the watchdog has gone
                workers = []
            self.process.kill()
            self.process.wait(10)
            for pid in workers:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            self.process = None
        if self.memcached is not None:
            self.memcached.terminate()
            self.memcached.wait(10)
            self.memcached = None
        self.db.stop()
        shutil.rmtree(self.folder, ignore_errors=True)
