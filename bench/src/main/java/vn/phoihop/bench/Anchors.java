package vn.phoihop.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The raw parts on the same machine in the same run, so that every result can be read as a fraction of what the
 * database and the broker do with nothing in between: PostgreSQL single-row inserts (4 clients, one commit per
 * row, as a REST request writes) and batched inserts (multi-row, one commit per 1,000), Kafka records/s with
 * acks=all and an idempotent producer (as the outbox relay sends).
 */
final class Anchors {
    static final String PG_SINGLE = "PostgreSQL single-row inserts, 4 clients";
    static final String PG_BATCH = "PostgreSQL batched inserts (1,000 rows/commit)";
    static final String KAFKA = "Kafka producer acks=all, 600-byte records";

    static void measure(String jdbcUrl, String user, String password, String bootstrap, double scale, Results results) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement()) {
            s.execute("drop table if exists anchor_row");
            s.execute("create table anchor_row (id uuid primary key, agency_code varchar(64) not null, "
                    + "payload text not null, created_at timestamptz not null default now())");
        }
        String payload = "x".repeat(200);
        int perClient = (int) (2_500 * scale);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        long t0 = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int client = 0; client < 4; client++) {
            done.add(pool.submit(() -> {
                try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                     PreparedStatement insert = c.prepareStatement("insert into anchor_row (id, agency_code, payload) values (?, ?, ?)")) {
                    c.setAutoCommit(true);
                    for (int i = 0; i < perClient; i++) {
                        insert.setObject(1, UUID.randomUUID());
                        insert.setString(2, "BENCH.X" + i);
                        insert.setString(3, payload);
                        insert.executeUpdate();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        results.anchor(PG_SINGLE, 4.0 * perClient / seconds(t0));
        pool.shutdown();

        int rows = (int) (50_000 * scale);
        t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true", user, password);
             PreparedStatement insert = c.prepareStatement("insert into anchor_row (id, agency_code, payload) values (?, ?, ?)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < rows; i++) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, "BENCH.Y" + i);
                insert.setString(3, payload);
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                    c.commit();
                }
            }
            insert.executeBatch();
            c.commit();
        }
        results.anchor(PG_BATCH, rows / seconds(t0));

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic("phoihop.bench.anchor", 6, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (Exception alreadyThere) {
            // a second run in the same broker: the topic exists
        }
        int records = (int) (100_000 * scale);
        String value = "y".repeat(600);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 5),
                new StringSerializer(), new StringSerializer())) {
            t0 = System.nanoTime();
            List<Future<?>> acks = new ArrayList<>(records);
            for (int i = 0; i < records; i++) {
                acks.add(producer.send(new ProducerRecord<>("phoihop.bench.anchor", "BENCH.X" + (i % 10_000), value)));
            }
            for (Future<?> ack : acks) {
                ack.get();
            }
            results.anchor(KAFKA, records / seconds(t0));
        }
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private Anchors() {
    }
}
