// addQuote, updateQuote and removeQuote (EDITOR): the section item mutations for quotes, made by the sections feature's factory.
import { itemWriteResolver } from '../sections/section-items.resolver';
import { QuoteInput, QuotePatch } from './quote.dto';
import { quoteTable } from './quote-write.service';

export const QuoteWriteResolver = itemWriteResolver(quoteTable, QuoteInput, QuotePatch);
