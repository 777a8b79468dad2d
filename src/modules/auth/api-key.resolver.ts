import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ApiKey, Role } from './api-key.entity';
import { apiKeyService } from './api-key.service';

@ObjectType('CreatedApiKey', { description: 'A new key. `key` is shown this once and never stored: keep it now.' })
class CreatedApiKey {
  @Field(() => String, { description: 'Send it as `Authorization: Bearer <key>`.' })
  key: string;

  @Field(() => ApiKey, { description: 'The stored key, without the key itself.' })
  apiKey: ApiKey;
}

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized('ADMIN')
  @Query(() => [ApiKey], { description: 'Every API key, revoked ones included (ADMIN).' })
  apiKeys(@Ctx() ctx: Context) {
    return apiKeyService.list(ctx);
  }

  @Authorized('ADMIN')
  @Mutation(() => CreatedApiKey, { description: 'Creates an API key (ADMIN).' })
  createApiKey(
    @Arg('name', () => String, { description: 'Who or what uses the key, e.g. "cms"; unique.' }) name: string,
    @Arg('role', () => Role, { description: 'EDITOR or ADMIN.' }) role: Role,
    @Ctx() ctx: Context,
  ) {
    return apiKeyService.create(ctx, name, role);
  }

  @Authorized('ADMIN')
  @Mutation(() => ApiKey, { description: 'Revokes an API key by id or name; requests with it are refused from now on (ADMIN).' })
  revokeApiKey(@Arg('id', () => ID, { description: 'Id or name of the key.' }) id: string, @Ctx() ctx: Context) {
    return apiKeyService.revoke(ctx, id);
  }
}
