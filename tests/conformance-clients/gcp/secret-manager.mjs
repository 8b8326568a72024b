// @google-cloud/secret-manager in REST mode against Ferry's GCP fake. Environment: FERRY_GCP_HOST, FERRY_GCP_PORT,
// FERRY_GCP_PROJECT, FERRY_GCP_TOKEN. Prints "all ok" when every answer matched; exits non-zero otherwise.
import assert from 'node:assert/strict';
import { SecretManagerServiceClient } from '@google-cloud/secret-manager';
import { OAuth2Client } from 'google-auth-library';

const project = process.env.FERRY_GCP_PROJECT;
const authClient = new OAuth2Client();
authClient.setCredentials({ access_token: process.env.FERRY_GCP_TOKEN, expiry_date: Date.now() + 3600_000 });
const client = new SecretManagerServiceClient({
  fallback: 'rest',
  apiEndpoint: process.env.FERRY_GCP_HOST,
  port: Number(process.env.FERRY_GCP_PORT),
  protocol: 'http',
  authClient,
});

const parent = `projects/${project}`;
const [latest] = await client.accessSecretVersion({ name: `${parent}/secrets/db/versions/latest` });
assert.equal(latest.payload.data.toString('utf8'), 'second');
assert.equal(latest.name, `${parent}/secrets/db/versions/2`);
const [first] = await client.accessSecretVersion({ name: `${parent}/secrets/db/versions/1` });
assert.equal(first.payload.data.toString('utf8'), 'first');

await assert.rejects(
  client.accessSecretVersion({ name: `${parent}/secrets/missing/versions/latest` }),
  (error) => error.code === 5, // NOT_FOUND
);

const [secrets] = await client.listSecrets({ parent, filter: 'labels.team=a' }, { autoPaginate: true });
assert.deepEqual(secrets.map((s) => s.name.split('/').pop()).sort(), ['db']);

await client.createSecret({
  parent,
  secretId: 'node-created',
  secret: { replication: { automatic: {} }, labels: { 'managed-by': 'external-secrets' } },
});
const [version] = await client.addSecretVersion({ parent: `${parent}/secrets/node-created`, payload: { data: Buffer.from('from-node') } });
assert.equal(version.name, `${parent}/secrets/node-created/versions/1`);

const [versions] = await client.listSecretVersions({ parent: `${parent}/secrets/db` });
assert.equal(versions.length, 2);
assert.ok(versions.every((v) => v.state === 'ENABLED' || v.state === 1));

console.log('all ok');
