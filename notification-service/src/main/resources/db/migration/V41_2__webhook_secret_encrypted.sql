-- Webhook secrets are stored encrypted ('v1:' + base64 of nonce and AES-GCM ciphertext), longer than the secret.
alter table agency_contact alter column webhook_secret type varchar(1000);
