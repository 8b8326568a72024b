// node-vault (the npm client) against Ferry's Vault fake. Ferry.Conformance.Tests/Vault starts the fake, passes
// its address and credentials in the environment, runs this script and checks the JSON it prints on stdout.
// Each step records what the client saw; a step that throws records the status code and message instead.
'use strict';

const vault = require('node-vault');

// Not VAULT_ADDR/VAULT_TOKEN: node-vault reads those itself, and a client meant to have no token would get one.
const endpoint = process.env.FERRY_VAULT_FAKE_ADDR;
const rootToken = process.env.FERRY_VAULT_FAKE_ROOT_TOKEN;
const results = {};

async function step(name, action) {
  try {
    results[name] = { ok: true, value: await action() };
  } catch (error) {
    results[name] = { ok: false, status: error.response ? error.response.statusCode : null, message: error.message };
  }
}

async function main() {
  const root = vault({ endpoint, token: rootToken });

  await step('writeV1', () => root.write('secret/data/node/app', { data: { user: 'node', pass: '<&>' } }).then((r) => r.data.version));
  await step('writeV2', () => root.write('secret/data/node/app', { data: { user: 'node', pass: 'second' } }).then((r) => r.data.version));
  await step('readLatest', () => root.read('secret/data/node/app').then((r) => ({ data: r.data.data, version: r.data.metadata.version })));
  await step('readVersion1', () => root.read('secret/data/node/app?version=1').then((r) => r.data.data));
  await step('casMismatch', () => root.write('secret/data/node/app', { data: { x: '1' }, options: { cas: 1 } }));
  await step('list', () => root.list('secret/metadata/node/').then((r) => r.data.keys));
  await step('listAsGet', () => vault({ endpoint, token: rootToken, noCustomHTTPVerbs: true })
    .list('secret/metadata/node/').then((r) => r.data.keys));
  await step('listEmpty', () => root.list('secret/metadata/nothing/'));
  await step('readMissing', () => root.read('secret/data/node/missing'));
  await step('metadata', () => root.read('secret/metadata/node/app').then((r) => ({ current: r.data.current_version, versions: Object.keys(r.data.versions) })));
  await step('kvV1', () => root.write('kv/node', { a: '1' }).then(() => root.read('kv/node')).then((r) => r.data));

  const approle = vault({ endpoint });
  await step('approleLogin', () => approle.approleLogin({ role_id: process.env.ROLE_ID, secret_id: process.env.SECRET_ID })
    .then((r) => ({ hasToken: typeof r.auth.client_token === 'string' && r.auth.client_token.length > 0, lease: r.auth.lease_duration, renewable: r.auth.renewable })));
  await step('approleBadSecret', () => vault({ endpoint }).approleLogin({ role_id: process.env.ROLE_ID, secret_id: 'wrong' }));
  await step('lookupSelf', () => approle.tokenLookupSelf().then((r) => ({ ttl: r.data.ttl, renewable: r.data.renewable, policies: r.data.policies })));
  await step('renewSelf', () => approle.tokenRenewSelf({ increment: '30m' }).then((r) => r.auth.lease_duration));
  await step('readAsApprole', () => approle.read('secret/data/node/app').then((r) => r.data.data.user));
  await step('noToken', () => vault({ endpoint }).read('secret/data/node/app'));

  if (process.env.KUBE_JWT) {
    const kube = vault({ endpoint });
    await step('kubernetesLogin', () => kube.kubernetesLogin({ mount_point: 'kubernetes', role: 'ferry', jwt: process.env.KUBE_JWT }).then((r) => r.auth.metadata));
  }

  const namespaced = vault({ endpoint, token: rootToken, namespace: 'team-a' });
  await step('namespaceWrite', () => namespaced.write('secret/data/ns-app', { data: { team: 'a' } }).then((r) => r.data.version));
  await step('namespaceRead', () => namespaced.read('secret/data/ns-app').then((r) => r.data.data.team));
  await step('rootCannotSeeNamespace', () => root.read('secret/data/ns-app'));

  await step('deleteMetadata', () => root.delete('secret/metadata/node/app').then(() => root.read('secret/data/node/app')));

  process.stdout.write(JSON.stringify(results));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error));
  process.exit(1);
});
