import { FieldResolver, Resolver, Root } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import { Article } from '../articles/article.entity';
import { distributionService } from '../distribution/distribution.service';

type Row = Record<string, unknown>;

@Resolver(() => Article)
export class ArticleDistributionResolver {
  @FieldResolver(() => String, { description: 'Canonical URL of the explainer on the newsroom site (PUBLIC_URL_TEMPLATE).' })
  url(@Root() a: Row) {
    return distributionService.url(a.url);
  }

  @FieldResolver(() => JSONObjectResolver, {
    description:
      'schema.org NewsArticle as a JSON-LD object, for a `<script type="application/ld+json">`: headline, description, dates, author, image renditions, publisher, mainEntityOfPage, corrections.',
  })
  jsonLd(@Root() a: Row) {
    return distributionService.jsonLd(a.jsonLd);
  }
}
