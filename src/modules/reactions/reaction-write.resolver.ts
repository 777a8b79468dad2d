// addReaction, updateReaction and removeReaction (EDITOR): the section item mutations for reactions, made by the sections feature's factory.
import { itemWriteResolver } from '../sections/section-items.resolver';
import { ReactionInput, ReactionPatch } from './reaction.dto';
import { reactionTable } from './reaction-write.service';

export const ReactionWriteResolver = itemWriteResolver(reactionTable, ReactionInput, ReactionPatch);
