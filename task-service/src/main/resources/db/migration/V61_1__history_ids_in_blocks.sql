-- History lines get their ids in blocks of 50 (Hibernate's pooled sequence), so that the lines of a large
-- fan-out are inserted in JDBC batches instead of one round trip each. Lines are read in order of time (then id).
alter sequence assignment_history_id_seq increment by 50;
