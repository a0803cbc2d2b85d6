// A real WordPress for the tests: Debian's `wordpress` package copied into a temporary folder,
// a private MariaDB on a socket, PHP's built-in web server on loopback, installed and seeded by
// WordPress's own installer (seed.php). Nothing is mocked. `wordPress()` starts it once per process.
import {spawn, spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pluginFiles} from '../../scripts/build-wordpress.mjs';

const here = new URL('.', import.meta.url).pathname;
const WORDPRESS = '/usr/share/wordpress';
const MARIADB = '/usr/sbin/mariadbd';

/** What is missing for a real WordPress, or '' when everything is there. */
export function missing() {
  const need = [[WORDPRESS, 'wordpress'], [MARIADB, 'mariadb-server'], ['/usr/bin/php', 'php-cli']];
  const absent = need.filter(([path]) => !existsSync(path)).map(([, pkg]) => pkg);
  const modules = spawnSync('php', ['-m'], {encoding: 'utf8'}).stdout ?? '';
  if (!/^mysqli$/m.test(modules)) absent.push('php-mysql');
  if (!/^gd$/m.test(modules)) absent.push('php-gd');
  return absent.join(' ');
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Waits for `check` to hold, polling; fails with `what` after `ms` (a ceiling, never a wait). */
async function until(check, what, ms = 60_000) {
  const end = Date.now() + ms;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {encoding: 'utf8', ...options});
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

const children = [];
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/**
 * A site: PHP's web server over the WordPress copy, with its own origin. `env` adds to the site's
 * environment (NW_NO_REST=1 switches the REST API off).
 */
async function serveSite(site, socket, env = {}) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const php = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', site, join(here, 'router.php')], {
    env: {...process.env, NW_DB_SOCKET: socket, NW_HOME: origin, PHP_CLI_SERVER_WORKERS: '4', ...env},
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(php);
  let log = '';
  php.stderr.on('data', (chunk) => (log = (log + chunk).slice(-4000)));
  // The servers never keep the test process alive.
  php.unref();
  php.stderr.unref();
  await until(async () => (await fetch(`${origin}/wp-json/`)).status > 0, `PHP's web server on ${origin}\n${log}`);
  return origin;
}

let started;

/**
 * Starts WordPress (once per process): `origin` is the site, `noRest` the same site with its REST
 * API switched off, `dir` its temporary folder. With `plugin`, our plugin (as its zip has it) is
 * installed and active, `pages` has the pages that show it, and `church` is a second WordPress site
 * on another origin whose `pages.publisherFeed` shows the first site's /feed/; `php(code)` runs PHP
 * in the first site.
 */
export function wordPress({plugin = false} = {}) {
  started ??= start(plugin);
  return started;
}

async function start(plugin) {
  const dir = mkdtempSync(join(tmpdir(), 'news-widget-wp-'));
  const data = join(dir, 'db');
  const socket = join(dir, 'mysql.sock');
  run('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--user=root', '--auth-root-authentication-method=normal',
    '--skip-test-db'], {stdio: 'pipe'});
  const db = spawn(MARIADB, ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', '--user=root',
    `--pid-file=${join(dir, 'db.pid')}`, `--log-error=${join(dir, 'db.log')}`, '--innodb-buffer-pool-size=64M'], {stdio: 'ignore'});
  children.push(db);
  db.unref();
  await until(async () => spawnSync('mariadb', [`--socket=${socket}`, '-uroot', '-e', 'SELECT 1'], {stdio: 'ignore'}).status === 0,
    'MariaDB');
  run('mariadb', [`--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress CHARACTER SET utf8mb4']);

  const site = join(dir, 'site');
  cpSync(WORDPRESS, site, {recursive: true, dereference: false, filter: (src) => !src.endsWith('/wp-config.php') && !src.endsWith('/.htaccess')});
  cpSync(join(here, 'wp-config.php'), join(site, 'wp-config.php'));
  mkdirSync(join(site, 'wp-content/mu-plugins'), {recursive: true});
  cpSync(join(here, 'mu-plugin.php'), join(site, 'wp-content/mu-plugins/news-widget-test.php'));

  const origin = await serveSite(site, socket);
  const env = {...process.env, NW_DB_SOCKET: socket, NW_HOME: origin, NW_SITE: site};
  run('php', [join(here, 'seed.php')], {env});
  run('php', [join(here, 'seed.php'), 'rules'], {env});
  const noRest = await serveSite(site, socket, {NW_NO_REST: '1'});
  const extra = {};
  if (plugin) {
    for (const [name, data] of pluginFiles()) {
      mkdirSync(join(site, 'wp-content/plugins', name, '..'), {recursive: true});
      writeFileSync(join(site, 'wp-content/plugins', name), data);
    }
    const church = await serveSite(site, socket, {NW_TABLE_PREFIX: 'church_'});
    const churchEnv = {...env, NW_HOME: church, NW_TABLE_PREFIX: 'church_', NW_TITLE: 'Grace Church', NW_NO_POSTS: '1'};
    run('php', [join(here, 'seed.php')], {env: churchEnv});
    const pages = JSON.parse(run('php', [join(here, 'plugin-setup.php')], {env}));
    Object.assign(pages, JSON.parse(run('php', [join(here, 'plugin-setup.php'), origin], {env: churchEnv})));
    extra.church = church;
    extra.pages = pages;
    extra.php = (code) => run('php', ['-r', `require getenv('NW_SITE') . '/wp-load.php'; ${code}`], {env: {...env, NW_HOME: origin}});
  }
  return {
    origin, noRest, dir, site, socket, ...extra,
    stop() {
      for (const child of children.splice(0)) child.kill('SIGKILL');
      rmSync(dir, {recursive: true, force: true});
    },
  };
}
