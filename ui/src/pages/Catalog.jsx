import { ClickableTile, Search, Select, SelectItem, Tag } from '@carbon/react';
import { useMemo, useState } from 'react';
import { api } from '../api/client.js';
import { Loaded, PageHeading, SignedTag } from '../components/common.jsx';
import { t } from '../i18n.js';
import { href } from '../router.js';
import { useApi } from '../useApi.js';
import { useSettled } from '../useSettled.js';

function AddonCard({ addon }) {
  return (
    <ClickableTile href={href(`/addons/${encodeURIComponent(addon.id)}`)} className="am-card" data-addon={addon.id}>
      <div className="am-card-head">
        <h2 className="am-card-title">{addon.name}</h2>
        <SignedTag signed={addon.signed} />
      </div>
      <p className="am-muted">{t('catalog.byPublisher', { publisher: addon.publisher, version: addon.latestVersion })}</p>
      <p className="am-card-description">{addon.description}</p>
      <div className="am-tags">
        {(addon.categories || []).map((c) => <Tag key={c} type="cool-gray" size="sm">{c}</Tag>)}
        {addon.status === 'BLOCKED' && <Tag type="red" size="sm">{t('catalog.blocked')}</Tag>}
      </div>
    </ClickableTile>
  );
}

/** The catalog: search, filter by category and publisher, and a card per add-on. */
export function Catalog() {
  const [text, setText] = useState('');
  const [category, setCategory] = useState('');
  const [publisher, setPublisher] = useState('');
  const q = useSettled(text);
  const facets = useApi(() => Promise.all([api.get('/addons', { size: 500 }), api.get('/publishers')]), []);
  const results = useApi(() => api.get('/addons', { q, category, publisher, size: 100 }), [q, category, publisher]);

  const categories = useMemo(() => {
    const all = new Set();
    (facets.data ? facets.data[0].results : []).forEach((a) => (a.categories || []).forEach((c) => all.add(c)));
    return [...all].sort();
  }, [facets.data]);
  const publishers = facets.data ? facets.data[1].results : [];

  return (
    <>
      <PageHeading title={t('catalog.title')} intro={t('catalog.intro')} />
      <div className="am-filters" role="search">
        <Search id="catalog-search" labelText={t('catalog.search')} placeholder={t('catalog.search.placeholder')}
          value={text} onChange={(e) => setText(e.target.value)} size="lg" closeButtonLabelText={t('catalog.search.clear')} />
        <Select id="catalog-category" labelText={t('catalog.category')} value={category}
          onChange={(e) => setCategory(e.target.value)}>
          <SelectItem value="" text={t('catalog.category.any')} />
          {categories.map((c) => <SelectItem key={c} value={c} text={c} />)}
        </Select>
        <Select id="catalog-publisher" labelText={t('catalog.publisher')} value={publisher}
          onChange={(e) => setPublisher(e.target.value)}>
          <SelectItem value="" text={t('catalog.publisher.any')} />
          {publishers.map((p) => <SelectItem key={p.name} value={p.name} text={p.displayName || p.name} />)}
        </Select>
      </div>
      <Loaded state={results}>
        {(data) => (
          <>
            <p className="am-muted" aria-live="polite">{t('catalog.count', { count: data.total })}</p>
            {data.results.length === 0
              ? <p className="am-empty">{t('catalog.empty')}</p>
              : (
                <div className="am-cards">
                  {data.results.map((addon) => <AddonCard key={addon.id} addon={addon} />)}
                </div>
              )}
          </>
        )}
      </Loaded>
    </>
  );
}
