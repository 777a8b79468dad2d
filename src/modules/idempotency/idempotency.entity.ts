import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** The stored response of a mutation sent with an Idempotency-Key, written in the mutation's own transaction. */
@Entity({ name: 'idempotency_key' })
@Index('IDX_idempotency_key_expires', ['expiresAt'])
export class IdempotencyKey {
  /** Keys are scoped to the API key that sent them. */
  @PrimaryColumn({ name: 'api_key_id', type: 'uuid' })
  apiKeyId: string;

  @PrimaryColumn({ type: 'varchar', length: 200 })
  key: string;

  /** SHA-256 of the operation name, document and variables. */
  @Column({ name: 'request_hash', type: 'char', length: 64 })
  requestHash: string;

  @Column({ name: 'response_status', type: 'int' })
  responseStatus: number;

  @Column({ name: 'response_body', type: 'text' })
  responseBody: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
