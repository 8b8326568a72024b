// Drives the official AWS SDK v3 Secrets Manager client against Ferry's AWS fake and checks its answers.
// Input (environment): FERRY_AWS_ENDPOINT, FERRY_AWS_REGION, FERRY_AWS_ACCESS_KEY_ID, FERRY_AWS_SECRET_ACCESS_KEY.
// Prints one "ok <check>" line per passed check and "all ok" at the end; exits non-zero on the first failure.
import assert from "node:assert/strict";
import {
  SecretsManagerClient, CreateSecretCommand, GetSecretValueCommand, PutSecretValueCommand, DescribeSecretCommand,
  ListSecretsCommand, BatchGetSecretValueCommand, DeleteSecretCommand, RestoreSecretCommand, TagResourceCommand,
  paginateListSecrets,
} from "@aws-sdk/client-secrets-manager";

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const config = {
  region: env("FERRY_AWS_REGION"),
  endpoint: env("FERRY_AWS_ENDPOINT"),
  credentials: { accessKeyId: env("FERRY_AWS_ACCESS_KEY_ID"), secretAccessKey: env("FERRY_AWS_SECRET_ACCESS_KEY") },
  maxAttempts: 1,
};
const client = new SecretsManagerClient(config);
const ok = (what) => console.log(`ok ${what}`);

const created = await client.send(new CreateSecretCommand({
  Name: "node/db", SecretString: '{"user":"admin"}', Tags: [{ Key: "managed-by", Value: "external-secrets" }, { Key: "env", Value: "prod" }],
}));
assert.match(created.ARN, /^arn:aws:secretsmanager:[a-z0-9-]+:\d{12}:secret:node\/db-[a-z0-9]{6}$/);
assert.ok(created.VersionId, "CreateSecret returns the version the SDK generated");
ok("CreateSecret");

const first = await client.send(new GetSecretValueCommand({ SecretId: "node/db" }));
assert.equal(first.SecretString, '{"user":"admin"}');
assert.deepEqual(first.VersionStages, ["AWSCURRENT"]);
assert.ok(first.CreatedDate instanceof Date, "CreatedDate parses as a timestamp");
const byArn = await client.send(new GetSecretValueCommand({ SecretId: created.ARN }));
assert.equal(byArn.Name, "node/db");
ok("GetSecretValue by name and ARN");

const put = await client.send(new PutSecretValueCommand({ SecretId: "node/db", SecretString: '{"user":"root"}', ClientRequestToken: "00000000-0000-0000-0000-000000000002" }));
assert.equal(put.VersionId, "00000000-0000-0000-0000-000000000002");
const again = await client.send(new PutSecretValueCommand({ SecretId: "node/db", SecretString: '{"user":"root"}', ClientRequestToken: "00000000-0000-0000-0000-000000000002" }));
assert.equal(again.VersionId, put.VersionId, "same token and value is a no-op");
await assert.rejects(
  client.send(new PutSecretValueCommand({ SecretId: "node/db", SecretString: "different", ClientRequestToken: "00000000-0000-0000-0000-000000000002" })),
  (e) => e.name === "ResourceExistsException");
const previous = await client.send(new GetSecretValueCommand({ SecretId: "node/db", VersionStage: "AWSPREVIOUS" }));
assert.equal(previous.SecretString, '{"user":"admin"}');
const byId = await client.send(new GetSecretValueCommand({ SecretId: "node/db", VersionId: put.VersionId }));
assert.equal(byId.SecretString, '{"user":"root"}');
ok("PutSecretValue idempotency and staging labels");

await client.send(new CreateSecretCommand({ Name: "node/bin", SecretBinary: new Uint8Array([0, 1, 2, 255]) }));
const binary = await client.send(new GetSecretValueCommand({ SecretId: "node/bin" }));
assert.deepEqual([...binary.SecretBinary], [0, 1, 2, 255]);
ok("SecretBinary round trip");

await client.send(new TagResourceCommand({ SecretId: "node/bin", Tags: [{ Key: "env", Value: "dev" }] }));
const described = await client.send(new DescribeSecretCommand({ SecretId: "node/db" }));
assert.deepEqual(described.Tags.find((t) => t.Key === "env"), { Key: "env", Value: "prod" });
assert.deepEqual(described.VersionIdsToStages[put.VersionId], ["AWSCURRENT"]);
ok("DescribeSecret and TagResource");

for (let i = 0; i < 5; i++) {
  await client.send(new CreateSecretCommand({ Name: `node/page-${i}`, SecretString: `v${i}` }));
}
const names = [];
for await (const page of paginateListSecrets({ client, pageSize: 2 }, { Filters: [{ Key: "name", Values: ["node/page-"] }] })) {
  assert.ok(page.SecretList.length <= 2);
  names.push(...page.SecretList.map((s) => s.Name));
}
assert.deepEqual(names.sort(), ["node/page-0", "node/page-1", "node/page-2", "node/page-3", "node/page-4"]);
const tagged = await client.send(new ListSecretsCommand({ Filters: [{ Key: "tag-key", Values: ["env"] }, { Key: "tag-value", Values: ["prod"] }] }));
assert.deepEqual(tagged.SecretList.map((s) => s.Name), ["node/db"]);
ok("ListSecrets paging and filters");

const batch = await client.send(new BatchGetSecretValueCommand({ SecretIdList: ["node/page-0", "node/page-1", "node/missing"] }));
assert.deepEqual(batch.SecretValues.map((s) => s.SecretString).sort(), ["v0", "v1"]);
assert.equal(batch.Errors.length, 1);
assert.equal(batch.Errors[0].ErrorCode, "ResourceNotFoundException");
ok("BatchGetSecretValue");

await assert.rejects(client.send(new GetSecretValueCommand({ SecretId: "node/none" })), (e) => e.name === "ResourceNotFoundException" && e.$metadata.httpStatusCode === 400);
ok("ResourceNotFoundException");

const deleted = await client.send(new DeleteSecretCommand({ SecretId: "node/page-4", RecoveryWindowInDays: 7 }));
assert.ok(deleted.DeletionDate instanceof Date);
await assert.rejects(client.send(new GetSecretValueCommand({ SecretId: "node/page-4" })), (e) => e.name === "InvalidRequestException");
await client.send(new RestoreSecretCommand({ SecretId: "node/page-4" }));
assert.equal((await client.send(new GetSecretValueCommand({ SecretId: "node/page-4" }))).SecretString, "v4");
await client.send(new DeleteSecretCommand({ SecretId: "node/page-3", ForceDeleteWithoutRecovery: true }));
await assert.rejects(client.send(new GetSecretValueCommand({ SecretId: "node/page-3" })), (e) => e.name === "ResourceNotFoundException");
ok("DeleteSecret with a recovery window and forced");

const wrong = new SecretsManagerClient({ ...config, credentials: { accessKeyId: config.credentials.accessKeyId, secretAccessKey: "wrong" } });
await assert.rejects(wrong.send(new GetSecretValueCommand({ SecretId: "node/db" })), (e) => e.name === "InvalidSignatureException");
const unknown = new SecretsManagerClient({ ...config, credentials: { accessKeyId: "AKIAUNKNOWN000000000", secretAccessKey: "x" } });
await assert.rejects(unknown.send(new GetSecretValueCommand({ SecretId: "node/db" })), (e) => e.name === "UnrecognizedClientException");
ok("signature checks");

console.log("all ok");
