// A Node.js subscriber: every event of the news.events.* topics, printed as one JSON line per record
// ({"topic", "key", "value"}). kafkajs + @kafkajs/confluent-schema-registry, nothing else.
// SubscribersIT (cli module) runs this very file; the README's "Subscribing" section shows it.
const { Kafka, logLevel } = require('kafkajs');
const { SchemaRegistry } = require('@kafkajs/confluent-schema-registry');

const brokers = (process.env.BOOTSTRAP_SERVERS || '127.0.0.1:9092').split(',');
const registryUrl = process.env.REGISTRY_URL || 'http://127.0.0.1:8081';
const groupId = process.env.GROUP_ID || 'my-node-service';
const exitWhenIdleMs = Number(process.env.EXIT_WHEN_IDLE_MS || 0); // 0: run until stopped (the test sets it)
const topics = ['news.events.statements', 'news.events.dates', 'news.events.sanctions', 'news.events.articles'];

// The registry's Confluent-compatible API: the 4-byte id after the magic byte is looked up there.
const registry = new SchemaRegistry({ host: `${registryUrl}/apis/ccompat/v7` });
// Logs to stderr only (kafkajs prints info to stdout by default); stdout carries the events.
const kafka = new Kafka({ clientId: groupId, brokers, logLevel: logLevel.WARN });
// readUncommitted: false is isolation.level=read_committed: events of aborted extractor transactions stay hidden.
// The topics are gzip-compressed, the one codec kafkajs decodes without a codec plugin.
const consumer = kafka.consumer({ groupId, readUncommitted: false });

async function main() {
  consumer.on(consumer.events.CRASH, ({ payload }) => {
    console.error(`consumer crashed: ${payload.error}`);
    process.exit(1);
  });
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true }); // a new group starts with the whole history
  let lastRecord = Date.now();
  await consumer.run({
    eachMessage: async ({ topic, message }) => {
      const value = await registry.decode(message.value);
      process.stdout.write(JSON.stringify({ topic, key: message.key.toString(), value }) + '\n');
      lastRecord = Date.now();
    },
  });
  if (exitWhenIdleMs > 0) {
    const timer = setInterval(async () => {
      if (Date.now() - lastRecord > exitWhenIdleMs) {
        clearInterval(timer);
        await consumer.disconnect();
      }
    }, 500);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
