import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';

export enum Role {
  EDITOR = 'EDITOR',
  ADMIN = 'ADMIN',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'What an API key may do: EDITOR writes articles and sees drafts; ADMIN also manages keys.',
  valuesConfig: {
    EDITOR: { description: 'Writes articles and sees drafts.' },
    ADMIN: { description: 'What an EDITOR does, and manages API keys.' },
  },
});

@ObjectType('ApiKey', { description: 'An API key as admins see it: never the key itself, which is shown once at creation.' })
@Entity({ name: 'api_key' })
export class ApiKey {
  @Field(() => ID, { description: 'Id of the key (use it, or the name, to revoke).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: 'Who or what uses the key, e.g. "cms"; unique among keys.' })
  @Index('UQ_api_key_name', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => Role, { description: 'What the key may do.' })
  @Column({ type: 'enum', enum: Role, enumName: 'api_key_role' })
  role: Role;

  /** SHA-256 of the key: keys are 256 random bits, so a fast hash is enough and the key is never stored. */
  @Index('UQ_api_key_hash', { unique: true })
  @Column({ name: 'key_hash', type: 'char', length: 64 })
  keyHash: string;

  @Field(() => String, { description: 'The first characters of the key, to tell keys apart.' })
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  @Field(() => DateTimeResolver, { description: 'When it was created.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Last request made with the key (to the minute).' })
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Set when the key was revoked; revoked keys are refused.' })
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
