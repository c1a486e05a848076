#!/usr/bin/python3
"""A Python subscriber: every event of the news.events.* topics, printed as one JSON line per record
({"topic", "key", "value"}). Debian's python3-confluent-kafka 1.7 with its Avro deserializer (python3-avro).
SubscribersIT (cli module) runs this very file; the README's "Subscribing" section shows it."""
import json
import os
import time

from confluent_kafka import Consumer
from confluent_kafka.avro import CachedSchemaRegistryClient
from confluent_kafka.avro.serializer.message_serializer import MessageSerializer

bootstrap = os.environ.get("BOOTSTRAP_SERVERS", "127.0.0.1:9092")
registry_url = os.environ.get("REGISTRY_URL", "http://127.0.0.1:8081")
group_id = os.environ.get("GROUP_ID", "my-python-service")
exit_when_idle_s = float(os.environ.get("EXIT_WHEN_IDLE_MS", "0")) / 1000  # 0: run until stopped (the test sets it)
TOPICS = ["news.events.statements", "news.events.dates", "news.events.sanctions", "news.events.articles"]

# The registry's Confluent-compatible API: the 4-byte id after the magic byte is looked up there.
values = MessageSerializer(CachedSchemaRegistryClient({"url": registry_url + "/apis/ccompat/v7"}))
consumer = Consumer({
    "bootstrap.servers": bootstrap,
    "group.id": group_id,
    "isolation.level": "read_committed",  # events of aborted extractor transactions stay hidden
    "auto.offset.reset": "earliest",  # a new group starts with the whole history
})
# Keys are plain UTF-8 article ids (not Avro), so the values are decoded here rather than by AvroConsumer.
consumer.subscribe(TOPICS)
last_record = time.monotonic()
try:
    while True:
        msg = consumer.poll(1.0)
        if msg is None:
            if exit_when_idle_s and time.monotonic() - last_record > exit_when_idle_s:
                break
            continue
        if msg.error():
            raise SystemExit(f"consumer error: {msg.error()}")
        value = values.decode_message(msg.value())
        print(json.dumps({"topic": msg.topic(), "key": msg.key().decode("utf-8"), "value": value}), flush=True)
        last_record = time.monotonic()
finally:
    consumer.close()
